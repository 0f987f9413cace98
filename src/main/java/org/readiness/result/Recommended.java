package org.readiness.result;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.Answer;

import java.util.List;

/**
 * The recommendation in words: the structure with its reason, the owners per area and the next steps, each with the
 * answers that called for it under {@code becauseLabel} ("Because you answered:", or for a team "Because the team
 * answered:", each answer with who gave it).
 */
public record Recommended(String structureId, String structureName, String structureReason, List<Owners> owners,
                          List<ActionLine> actions, String noActions, String becauseLabel) {

    public Recommended {
        owners = List.copyOf(owners);
        actions = List.copyOf(actions);
    }

    public record Owners(String areaId, String areaTitle, List<Owner> owners) {
    }

    public record Owner(String id, String title, @Nullable String why) {
    }

    /**
     * A next step: {@code pointsText} says what it could win back ("Could raise the overall score by up to 8 of its
     * 100 points"), when anything; {@code because} names each answer that called for it.
     */
    public record ActionLine(String id, @Nullable String areaId, String title, String reason, double pointsWonBack,
                             @Nullable String pointsText, List<Because> because) {
    }

    /** "Who owns the experience → Nobody yet"; {@code answer} is null when a missing answer called for it. */
    public record Because(String questionId, @Nullable Answer answer, String questionText, String answerText) {
    }
}
