package org.readiness.questionnaire.answer;

import org.readiness.words.Words;

import java.util.List;
import java.util.Locale;

/**
 * Why an answer was not taken: its kind and what the sentence needs ({@code arguments}, in order), worded where it
 * is shown and in the reader's language ({@link #in(Words)}); {@link #message()} is the English sentence for the
 * API and the logs. {@code detail} tells the sentences of one kind apart ("yes-no" of a wrong type, say); an argument
 * that is itself a problem is worded too.
 */
public record AnswerProblem(String questionId, Kind kind, String detail, List<Object> arguments) {

    public enum Kind {
        UNKNOWN_QUESTION, HIDDEN_QUESTION, MISSING_REQUIRED, WRONG_TYPE, UNKNOWN_OPTION, DUPLICATE_OPTION,
        EXCLUSIVE_OPTION_COMBINED, OUT_OF_RANGE, NOT_A_WHOLE_NUMBER, TOO_LONG, DONT_KNOW_NOT_ALLOWED,
        NOT_APPLICABLE_NOT_ALLOWED, NOT_STORED, NOT_ASKED_OF_ROLE,
        /** The answers were sent (a team's respondent): taken back first, they change again. */
        SENT,
        /** The team is locked by its coordinator: nothing changes until it is unlocked. */
        LOCKED;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public AnswerProblem {
        arguments = List.copyOf(arguments);
    }

    public static AnswerProblem of(String questionId, Kind kind, Object... arguments) {
        return new AnswerProblem(questionId, kind, "", List.of(arguments));
    }

    /** A problem of a kind that has several sentences: {@code detail} picks one. */
    public static AnswerProblem detailed(String questionId, Kind kind, String detail, Object... arguments) {
        return new AnswerProblem(questionId, kind, detail, List.of(arguments));
    }

    /** The problem of one respondent of several, told as theirs: "Respondent 2 (technology): ...". */
    public static AnswerProblem ofRespondent(int number, String roleId, AnswerProblem problem) {
        return new AnswerProblem(problem.questionId(), problem.kind(), OF_RESPONDENT,
                List.of(number, roleId, problem));
    }

    private static final String OF_RESPONDENT = "of-respondent";

    /** The translation key of the sentence: {@code answer.problem.<kind>[.<detail>]}. */
    public String key() {
        return OF_RESPONDENT.equals(detail) ? "answer.problem." + OF_RESPONDENT
                : "answer.problem." + kind.id() + (detail.isEmpty() ? "" : "." + detail);
    }

    public String in(Words words) {
        return words.get(key(), arguments.stream()
                .map(argument -> argument instanceof AnswerProblem inner ? inner.in(words) : argument).toArray());
    }

    /** The English sentence, for the API and the logs. */
    public String message() {
        return in(Words.in("en"));
    }
}
