package org.readiness.result;

/** A required question left open, named so that every output can say which one. */
public record OpenQuestion(String id, String text, String stepId, String stepTitle) {
}
