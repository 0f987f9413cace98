package org.readiness.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The full address of a page of this app, for links people copy or get by email: {@code readiness.public-url} when
 * it is set (set it in production, so an email never carries an address a request made up), else the address the
 * current request came to.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${readiness.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** @param path the part after the app's root, such as "team/answer/&lt;token&gt;" */
    public String of(String path) {
        return base() + "/" + path;
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
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
