package org.readiness.questionnaire;

/** A part of the organisation the questionnaire scores, such as Experience or Technology. */
public record Area(String id, LocalizedText title, LocalizedText description, double weight) {
}
