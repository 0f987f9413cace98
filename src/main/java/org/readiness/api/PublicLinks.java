package org.readiness.api;

import org.readiness.base.PublicUrl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full address of a page, for the links the API hands out: {@code readiness.public-url} when set, else the
 * address the request came to (as the pages do).
 */
@Component
class PublicLinks {

    private final PublicUrl publicUrl;

    PublicLinks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    String of(String path) {
        return publicUrl.of(path, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }
}
