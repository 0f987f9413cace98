package org.readiness.api;

import org.readiness.questionnaire.answer.AnswerProblem;

import java.util.List;

/** The ways an API call can be refused; {@link ApiExceptionHandler} turns each into an RFC 7807 problem. */
final class ApiProblems {

    private ApiProblems() {
    }

    static final class UnknownQuestionnaire extends RuntimeException {
        UnknownQuestionnaire(String id) {
            super("There is no questionnaire \"" + id + "\".");
        }
    }

    /** Says nothing about whether the token was malformed, deleted or never issued. */
    static final class UnknownAssessment extends RuntimeException {
        UnknownAssessment() {
            super("No assessment is reachable with this link. It may have been deleted, or the link is incomplete.");
        }
    }

    static final class UnknownFormat extends RuntimeException {
        UnknownFormat(String extension) {
            super("There is no score card format \"" + extension + "\"; ask for pdf, json or csv.");
        }
    }

    static final class OrganisationTooLong extends RuntimeException {
        OrganisationTooLong(int limit) {
            super("The organisation name may be at most " + limit + " characters.");
        }
    }

    static final class UnsupportedLanguage extends RuntimeException {
        UnsupportedLanguage(String language, List<String> languages) {
            super("The questionnaire is not available in \"" + language + "\"; it is in " + languages + ".");
        }
    }

    static final class UnknownParameters extends RuntimeException {
        UnknownParameters(List<String> unknown, java.util.Collection<String> taken) {
            super("This call does not take the query parameter(s) " + unknown + "; it takes "
                    + taken.stream().filter(name -> !name.isEmpty()).sorted().toList() + ".");
        }
    }

    static final class InvalidAnswers extends RuntimeException {
        private final List<AnswerProblem> problems;

        InvalidAnswers(List<AnswerProblem> problems) {
            super(problems.size() == 1 ? "One answer is not valid." : problems.size() + " answers are not valid.");
            this.problems = List.copyOf(problems);
        }

        List<AnswerProblem> problems() {
            return problems;
        }
    }

    static final class UnknownRole extends RuntimeException {
        UnknownRole(String role, java.util.Collection<String> roles) {
            super("There is no role \"" + role + "\" in this questionnaire; its roles are " + roles + ".");
        }
    }

    static final class NoRoles extends RuntimeException {
        NoRoles(String questionnaire) {
            super("Questionnaire \"" + questionnaire + "\" names no roles, so it cannot be answered by a team.");
        }
    }

    static final class NoRespondents extends RuntimeException {
        NoRespondents() {
            super("The body needs at least one respondent: {\"respondents\": [{\"role\": \"...\", \"answers\": {...}}]}.");
        }
    }

    static final class InvalidInvitation extends RuntimeException {
        InvalidInvitation(String message) {
            super(message);
        }
    }

    static final class UnknownTeam extends RuntimeException {
        UnknownTeam() {
            super("No team assessment is reachable with this link. It may have been deleted, or the link is incomplete.");
        }
    }

    static final class TooManyRespondents extends RuntimeException {
        TooManyRespondents(int limit) {
            super("A team evaluation takes at most " + limit + " respondents (a workshop is tens); this body has more. "
                    + "Evaluate a smaller team, or the team's roles one group at a time.");
        }
    }

    static final class Busy extends RuntimeException {
        Busy() {
            super("Too many team evaluations are under way at once; try again in a few seconds.");
        }
    }

    /** The body is not JSON, or not of the expected shape. */
    static final class Malformed extends RuntimeException {
        Malformed(Throwable cause) {
            super("malformed request body", cause);
        }
    }

    static final class UnknownAddress extends RuntimeException {
        UnknownAddress() {
            super("There is no such call in this API; the README's \"REST API\" lists them.");
        }
    }
}
