package org.readiness.questionnaire;

import com.fasterxml.jackson.annotation.JsonValue;

public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    YES_NO("yes-no"),
    NUMBER("number"),
    SCALE("scale"),
    TEXT("text");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
