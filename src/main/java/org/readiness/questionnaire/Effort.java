package org.readiness.questionnaire;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much work an action takes, in the file's words; {@link #cost()} is what the cheapest way to the next band adds
 * up: small 1, medium 3, large 8.
 */
public enum Effort {
    SMALL("small", 1),
    MEDIUM("medium", 3),
    LARGE("large", 8);

    /** An action that says nothing of its effort counts as medium. */
    public static final Effort UNSTATED = MEDIUM;

    private final String id;
    private final int cost;

    Effort(String id, int cost) {
        this.id = id;
        this.cost = cost;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public int cost() {
        return cost;
    }
}
