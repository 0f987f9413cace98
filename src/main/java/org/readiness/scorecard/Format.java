package org.readiness.scorecard;

import java.util.Arrays;
import java.util.Optional;

/** The score card's formats: PDF for people, JSON and CSV for systems. */
public enum Format {
    PDF("pdf", "application/pdf"),
    JSON("json", "application/json"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<Format> byExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
