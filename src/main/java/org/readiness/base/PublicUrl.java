package org.readiness.base;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The app's public address, {@code readiness.public-url} (e.g. {@code https://readiness.example.com}), without a
 * trailing slash; empty when it is not set. Read here once for every link the app hands out.
 */
@Component
public class PublicUrl {

    private final String configured;

    PublicUrl(ReadinessProperties properties) {
        String trimmed = properties.publicUrl().strip();
        this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The configured address, when there is one. */
    public Optional<String> configured() {
        return configured.isEmpty() ? Optional.empty() : Optional.of(configured);
    }

    /** The full address of {@code path} (the part after the app's root), on the configured address or else on {@code requestBase}. */
    public String of(String path, String requestBase) {
        return configured().orElse(requestBase) + "/" + path;
    }
}
