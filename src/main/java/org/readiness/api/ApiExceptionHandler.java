package org.readiness.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.readiness.team.TeamLimitReached;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every refusal of the API as an RFC 7807 problem body: a title, a sentence, and what exactly was wrong. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblems.UnknownQuestionnaire.class)
    ProblemDetail unknownQuestionnaire(ApiProblems.UnknownQuestionnaire e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown questionnaire", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.UnknownAssessment.class)
    ProblemDetail unknownAssessment(ApiProblems.UnknownAssessment e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown assessment", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.UnknownFormat.class)
    ProblemDetail unknownFormat(ApiProblems.UnknownFormat e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown format", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.OrganisationTooLong.class)
    ProblemDetail organisationTooLong(ApiProblems.OrganisationTooLong e) {
        return problem(HttpStatus.BAD_REQUEST, "Organisation name too long", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.UnsupportedLanguage.class)
    ProblemDetail unsupportedLanguage(ApiProblems.UnsupportedLanguage e) {
        return problem(HttpStatus.BAD_REQUEST, "Unsupported language", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.UnknownRole.class)
    ProblemDetail unknownRole(ApiProblems.UnknownRole e) {
        return problem(HttpStatus.BAD_REQUEST, "Unknown role", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.NoRoles.class)
    ProblemDetail noRoles(ApiProblems.NoRoles e) {
        return problem(HttpStatus.BAD_REQUEST, "Not a team questionnaire", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.NoRespondents.class)
    ProblemDetail noRespondents(ApiProblems.NoRespondents e) {
        return problem(HttpStatus.BAD_REQUEST, "No respondents", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.InvalidInvitation.class)
    ProblemDetail invalidInvitation(ApiProblems.InvalidInvitation e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid invitation", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.UnknownTeam.class)
    ProblemDetail unknownTeam(ApiProblems.UnknownTeam e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown team assessment", e.getMessage());
    }

    /** Too many invitations for a team, or new teams from an address, this hour: 429, and when to try again. */
    @ExceptionHandler(TeamLimitReached.class)
    ResponseEntity<ProblemDetail> teamLimitReached(TeamLimitReached e) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                e.kind() == TeamLimitReached.Kind.INVITATIONS
                        ? "A team takes at most " + e.limit() + " invitations an hour; nothing was stored."
                        : "An address may start at most " + e.limit()
                        + " team assessments an hour; nothing was stored.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds())).body(problem);
    }

    @ExceptionHandler(ApiProblems.UnknownAddress.class)
    ProblemDetail unknownAddress(ApiProblems.UnknownAddress e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown address", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.UnknownParameters.class)
    ProblemDetail unknownParameters(ApiProblems.UnknownParameters e) {
        return problem(HttpStatus.BAD_REQUEST, "Unknown query parameter", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.TooManyRespondents.class)
    ProblemDetail tooManyRespondents(ApiProblems.TooManyRespondents e) {
        return problem(HttpStatus.BAD_REQUEST, "Too many respondents", e.getMessage());
    }

    @ExceptionHandler(ApiProblems.Busy.class)
    ResponseEntity<ProblemDetail> busy(ApiProblems.Busy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage()));
    }

    /** At most this many problems are listed; the answer says how many more there were. */
    static final int MAX_ERRORS = 50;

    @ExceptionHandler(ApiProblems.InvalidAnswers.class)
    ProblemDetail invalidAnswers(ApiProblems.InvalidAnswers e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid answers", e.getMessage());
        List<Map<String, String>> errors = e.problems().stream()
                .limit(MAX_ERRORS)
                .map(each -> Map.of("question", each.questionId(),
                        "kind", each.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "message", each.message()))
                .toList();
        problem.setProperty("errors", errors);
        if (e.problems().size() > MAX_ERRORS) {
            problem.setProperty("moreErrors", e.problems().size() - MAX_ERRORS);
        }
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, ApiProblems.Malformed.class})
    ProblemDetail unreadable(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.readiness.base.web.BodyLimit.TooLarge tooLarge) {
                return ApiRequestLimits.tooLargeProblem(tooLarge.maxBytes());
            }
        }
        log.debug("Unreadable request body", e);
        return problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The body is not valid JSON of the expected shape: {\"answers\": {\"<question-id>\": <answer>}}.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
