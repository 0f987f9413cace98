package org.readiness.questionnaire;

/** Points for a number answer between {@code min} and {@code max} (both included; no max = no upper end). */
public record PointRange(double min, Double max, double points) {

    public boolean contains(double value) {
        return value >= min && (max == null || value <= max);
    }
}
