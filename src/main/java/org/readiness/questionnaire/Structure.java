package org.readiness.questionnaire;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an organisation should take on the implementation. */
public enum Structure {
    /** The whole e-commerce or digital team takes on the task. */
    SMALL_TEAM("small-team"),
    /** Experience, Technology and Executive sponsor each get an owner. */
    THREE_AREA("three-area");

    private final String id;

    Structure(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
