package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A next step recommended when its condition holds. {@code winsBack} names the questions whose missed
 * points it would win back; when absent, the questions its condition names. For a plan: {@code effort} (medium when
 * unstated), {@code ownerRole} (one of the file's roles) and {@code lifts}, the answers it brings about when done
 * (empty: each question of its condition lifted to that question's best answer, see {@link #lifts}).
 */
public record Action(String id, @Nullable String area, LocalizedText title, LocalizedText reason,
                     Condition when, List<String> winsBack, @Nullable Effort effort, @Nullable String ownerRole,
                     List<Lift> lifts) {

    public Action {
        winsBack = winsBack == null || winsBack.isEmpty() ? when.questionIds() : List.copyOf(winsBack);
        lifts = lifts == null ? List.of() : List.copyOf(lifts);
    }

    /** The effort the cheapest path counts: the file's, or medium. */
    public Effort effortOrDefault() {
        return effort == null ? Effort.UNSTATED : effort;
    }
}
