package org.readiness.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full address of a page, for the links the API hands out: {@code readiness.public-url} when set, else the
 * address the request came to (as the pages do).
 */
@Component
class PublicLinks {

    private final String configured;

    PublicLinks(@Value("${readiness.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    String of(String path) {
        String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configured;
        return base + "/" + path;
    }
}
