package org.readiness.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.readiness.base.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * The full address of a page of this app, for links people copy or get by email: {@code readiness.public-url} when
 * it is set (set it in production, so an email never carries an address a request made up), else the address the
 * current request came to.
 */
@Component
public class PublicAddress {

    private final PublicUrl publicUrl;

    PublicAddress(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** @param path the part after the app's root, such as "team/answer/&lt;token&gt;" */
    public String of(String path) {
        return publicUrl.of(path, requestBase());
    }

    /**
     * Whether phones in the room could not open the links: no public address is set and this page was opened at
     * this computer's own name ({@code localhost}, 127.0.0.1, ::1), which on a phone means the phone.
     */
    public boolean unreachableFromPhones() {
        if (publicUrl.configured().isPresent()) {
            return false;
        }
        HttpServletRequest request = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest();
        String host = request == null ? "" : request.getServerName();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]")
                || host.endsWith(".localhost");
    }

    private static String requestBase() {
        HttpServletRequest request = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest();
        if (request == null) {
            return "";
        }
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }
}
