package org.readiness.questionnaire.answer;

/** Why an answer was not taken; {@code message} is an English sentence for the API and logs. */
public record AnswerProblem(String questionId, Kind kind, String message) {

    public enum Kind {
        UNKNOWN_QUESTION, HIDDEN_QUESTION, MISSING_REQUIRED, WRONG_TYPE, UNKNOWN_OPTION, DUPLICATE_OPTION,
        EXCLUSIVE_OPTION_COMBINED, OUT_OF_RANGE, NOT_A_WHOLE_NUMBER, TOO_LONG, DONT_KNOW_NOT_ALLOWED,
        NOT_APPLICABLE_NOT_ALLOWED, NOT_STORED, NOT_ASKED_OF_ROLE,
        /** The answers were sent (a team's respondent): taken back first, they change again. */
        SENT,
        /** The team is locked by its coordinator: nothing changes until it is unlocked. */
        LOCKED
    }
}
