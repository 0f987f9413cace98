package org.readiness.questionnaire;

/**
 * An answer an action brings about once it is done: {@code to} is an option's value (or {@code yes}/{@code no}), a
 * list of option values for a multiple choice (ticked besides those already ticked), or a number.
 */
public record Lift(String question, Object to) {
}
