package org.readiness.questionnaire;

/** One choice of a single- or multiple-choice question. */
public record Option(String value, LocalizedText label, double points, boolean exclusive) {
}
