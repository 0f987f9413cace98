package org.readiness.api;

import org.readiness.base.PublicUrl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of a page, for the links the API hands out: on {@code readiness.public-url} when it is set, else a
 * path from the app's root ("/team/answer/…"). Never from the request's Host header, which anyone can make up.
 */
@Component
class PublicLinks {

    private final PublicUrl publicUrl;

    PublicLinks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    String of(String path) {
        return publicUrl.configured().orElseGet(PublicLinks::contextPath) + "/" + path;
    }

    private static String contextPath() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getContextPath() : "";
    }
}
