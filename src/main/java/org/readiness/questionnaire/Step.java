package org.readiness.questionnaire;

import java.util.List;

/** One page of the wizard. */
public record Step(String id, LocalizedText title, LocalizedText description, List<Question> questions) {

    public Step {
        questions = List.copyOf(questions);
    }
}
