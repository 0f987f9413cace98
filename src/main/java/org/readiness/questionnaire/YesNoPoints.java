package org.readiness.questionnaire;

public record YesNoPoints(double yes, double no) {
}
