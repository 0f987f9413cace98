package org.readiness.team;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A respondent as the team page lists them: role, name if given, and how far they are. {@code questionnaireVersion}
 * is the version their answers were given under; {@code takenBack}: they took sent answers back once, so they are
 * changing them ({@link State#ANSWERING}) or sent them again ({@link State#FINISHED}).
 */
public record Member(long id, String roleId, @Nullable String name, @Nullable String email, JoinedBy joinedBy,
                     Instant invitedAt, @Nullable Instant emailSentAt, State state, @Nullable Long assessmentId,
                     @Nullable Instant lastAnswered, @Nullable String questionnaireVersion, boolean takenBack) {

    public enum State {
        /** Invited or joined; no answer given yet. */
        INVITED,
        /** Answering: some answers given, not sent yet. */
        ANSWERING,
        /** Sent their answers: they count in the team's result. */
        FINISHED,
        /** Deleted their answers (or never came back before unfinished drafts are deleted). */
        DELETED
    }

    /** The respondent's own id in a merge. */
    public String respondentId() {
        return String.valueOf(id);
    }

    /** Whether they count in "4 of 6 have sent": everyone but those who deleted their answers. */
    public boolean counts() {
        return state != State.DELETED;
    }

    /** Invited (or joined) and not started: an invitation the coordinator may still withdraw. */
    public boolean mayBeWithdrawn() {
        return state == State.INVITED && !takenBack;
    }
}
