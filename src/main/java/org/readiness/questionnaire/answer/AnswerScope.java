package org.readiness.questionnaire.answer;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;

import java.util.Locale;
import java.util.Optional;

/**
 * Which questions one set of answers is for: the whole questionnaire (one person answers for the organisation),
 * only the company profile (the coordinator of a team), or what one role of a team is asked.
 */
public record AnswerScope(Kind kind, @Nullable String roleId) {

    public static final AnswerScope WHOLE = new AnswerScope(Kind.WHOLE, null);
    public static final AnswerScope PROFILE = new AnswerScope(Kind.PROFILE, null);

    public enum Kind { WHOLE, PROFILE, ROLE }

    public static AnswerScope role(String roleId) {
        return new AnswerScope(Kind.ROLE, roleId);
    }

    /** Whether a question is asked in this scope; its visibility condition is decided elsewhere. */
    public boolean asks(Questionnaire questionnaire, Question question) {
        if (kind == Kind.WHOLE) {
            return true;
        }
        Step step = questionnaire.stepOf(question);
        return switch (kind) {
            case WHOLE -> true;
            case PROFILE -> step.profile();
            case ROLE -> !step.profile() && (step.askedOf().isEmpty() || step.askedOf().contains(roleId))
                    && (question.askedOf().isEmpty() || question.askedOf().contains(roleId));
        };
    }

    /** Whether any question of the step is asked in this scope: the wizard shows only such steps. */
    public boolean asks(Questionnaire questionnaire, Step step) {
        return step.questions().stream().anyMatch(question -> asks(questionnaire, question));
    }

    /** As stored: "whole", "profile" or "role:&lt;id&gt;". */
    public String code() {
        return kind == Kind.ROLE ? "role:" + roleId : kind.name().toLowerCase(Locale.ROOT);
    }

    public static AnswerScope ofCode(@Nullable String code) {
        if (code == null || code.equals("whole")) {
            return WHOLE;
        }
        if (code.equals("profile")) {
            return PROFILE;
        }
        return Optional.of(code).filter(text -> text.startsWith("role:")).map(text -> role(text.substring(5)))
                .orElseThrow(() -> new IllegalArgumentException("no answer scope " + code));
    }
}
