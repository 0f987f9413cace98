package org.readiness.base.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What kind of Vaadin request a request is, read from its address alone: asking for a parameter would read a form's
 * body, which the filters here must not do before they have checked its size.
 */
final class VaadinRequests {

    static final String PUSH_PATH = "/VAADIN/push";

    private VaadinRequests() {
    }

    /** Vaadin's request type ({@code v-r}: uidl, push, heartbeat, upload, init ...); empty for a page or a file. */
    static String type(HttpServletRequest request) {
        if (isPushPath(request)) {
            return "push";
        }
        return parameter(request, "v-r");
    }

    /** A message to a page's UI: a UIDL request, or a message or connection on the push channel. */
    static boolean isMessage(HttpServletRequest request) {
        String type = type(request);
        return type.equals("uidl") || type.equals("push");
    }

    static boolean isPushPath(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + PUSH_PATH);
    }

    /** A query parameter's first value as sent (Vaadin's own values need no decoding); empty when absent. */
    static String parameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return "";
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : pair.substring(equals + 1);
            }
        }
        return "";
    }
}
