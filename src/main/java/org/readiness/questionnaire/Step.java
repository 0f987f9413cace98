package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One page of the wizard. In a team assessment a {@code profile} step (the company profile) is answered once, by
 * whoever starts it; {@code askedOf} limits a step to some roles (empty: every role).
 */
public record Step(String id, LocalizedText title, @Nullable LocalizedText description, List<Question> questions,
                   boolean profile, List<String> askedOf) {

    public Step {
        questions = List.copyOf(questions);
        askedOf = askedOf == null ? List.of() : List.copyOf(askedOf);
    }
}
