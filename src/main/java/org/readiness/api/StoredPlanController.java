package org.readiness.api;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.ResumeToken;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.NotAllowed;
import org.readiness.plan.PlanJson;
import org.readiness.plan.PlanReport;
import org.readiness.plan.PlanService;
import org.readiness.plan.PlanSource;
import org.readiness.plan.PlannedAction;
import org.readiness.plan.Status;
import org.readiness.plan.StoredPlan;
import org.readiness.questionnaire.Action;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Stored plans, as assessments are reached: by the resume link's token (the merchant's own plan) or, for a
 * consultant's client, by the assessment's id with the consultant's session (and its CSRF token for changes).
 * {@code POST} makes the result's plan if it has none; {@code PATCH …/actions/{id}} chooses an action or changes
 * its owner, due date, status and notes; each answers the plan as {@code /schemas/plan.schema.json} describes it.
 */
@RestController
class StoredPlanController {

    private final AssessmentResults results;
    private final ClientInterviews clients;
    private final PlanService plans;
    private final Clock clock;
    private final ZoneId zone;

    StoredPlanController(AssessmentResults results, ClientInterviews clients, PlanService plans, Clock clock) {
        this.results = results;
        this.clients = clients;
        this.plans = plans;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A change to one action of a plan; a field left out stays as it is, an empty owner leaves it to its role. */
    record ActionChange(@Nullable Boolean chosen, @Nullable String owner, @Nullable String due,
                        @Nullable String status, @Nullable String notes) {
    }

    @GetMapping(path = "/api/assessments/{token}/plan", produces = "application/json")
    ResponseEntity<Map<String, Object>> merchant(@PathVariable String token) {
        AssessmentResult result = byToken(token);
        return respond(result, plans.ofAssessment(result.assessment().id()).orElseThrow(NoPlan::new), HttpStatus.OK);
    }

    @PostMapping(path = "/api/assessments/{token}/plan", produces = "application/json")
    ResponseEntity<Map<String, Object>> makeMerchant(@PathVariable String token) {
        return make(byToken(token));
    }

    @PatchMapping(path = "/api/assessments/{token}/plan/actions/{actionId}", consumes = "application/json",
            produces = "application/json")
    ResponseEntity<Map<String, Object>> changeMerchant(@PathVariable String token, @PathVariable String actionId,
                                                       @RequestBody ActionChange change) {
        return change(byToken(token), actionId, change);
    }

    @GetMapping(path = "/api/consultant/assessments/{id}/plan", produces = "application/json")
    ResponseEntity<Map<String, Object>> consultant(@PathVariable long id) {
        AssessmentResult result = clients.result(id);
        return respond(result, plans.ofAssessment(id).orElseThrow(NoPlan::new), HttpStatus.OK);
    }

    @PostMapping(path = "/api/consultant/assessments/{id}/plan", produces = "application/json")
    ResponseEntity<Map<String, Object>> makeConsultant(@PathVariable long id) {
        return make(clients.result(id));
    }

    @PatchMapping(path = "/api/consultant/assessments/{id}/plan/actions/{actionId}", consumes = "application/json",
            produces = "application/json")
    ResponseEntity<Map<String, Object>> changeConsultant(@PathVariable long id, @PathVariable String actionId,
                                                         @RequestBody ActionChange change) {
        return change(clients.result(id), actionId, change);
    }

    private AssessmentResult byToken(String token) {
        return ResumeToken.parse(token).flatMap(results::of).orElseThrow(ApiProblems.UnknownAssessment::new);
    }

    private ResponseEntity<Map<String, Object>> make(AssessmentResult result) {
        if (!result.assessment().isFinished()) {
            throw new NotFinished();
        }
        boolean existed = plans.ofAssessment(result.assessment().id()).isPresent();
        StoredPlan plan = plans.planFor(result, result.assessment().language());
        return respond(result, plan, existed ? HttpStatus.OK : HttpStatus.CREATED);
    }

    private ResponseEntity<Map<String, Object>> change(AssessmentResult result, String actionId, ActionChange change) {
        StoredPlan plan = plans.ofAssessment(result.assessment().id()).orElseThrow(NoPlan::new);
        Action action = result.evaluation().questionnaire().actions().stream()
                .filter(each -> each.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new BadChange("There is no action \"" + actionId + "\" in this questionnaire."));
        if (change.chosen() != null) {
            plans.choose(plan, result.evaluation().questionnaire(), action, change.chosen());
            plan = plans.find(plan.id()).orElseThrow();
        }
        if (change.owner() != null || change.due() != null || change.status() != null || change.notes() != null) {
            PlannedAction current = plan.action(actionId)
                    .orElseThrow(() -> new BadChange("Action \"" + actionId + "\" is not in the plan; choose it first."));
            plans.update(plan, changed(current, change));
        }
        return respond(result, plans.find(plan.id()).orElseThrow(), HttpStatus.OK);
    }

    private static PlannedAction changed(PlannedAction current, ActionChange change) {
        LocalDate due = current.due();
        Status status = current.status();
        try {
            due = change.due() == null ? due : change.due().isEmpty() ? null : LocalDate.parse(change.due());
            status = change.status() == null ? status
                    : Status.valueOf(change.status().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (DateTimeParseException | IllegalArgumentException wrong) {
            throw new BadChange("\"due\" is a date such as 2027-03-01 and \"status\" one of planned, in-progress, "
                    + "done, dropped.");
        }
        String notes = change.notes() == null ? current.notes() : change.notes();
        if (notes.codePointCount(0, notes.length()) > PlanService.TEXT_LIMIT || change.owner() != null
                && change.owner().codePointCount(0, change.owner().length()) > PlanService.NAME_LIMIT) {
            throw new BadChange("An owner may be at most " + PlanService.NAME_LIMIT + " characters and notes at most "
                    + PlanService.TEXT_LIMIT + ".");
        }
        return new PlannedAction(current.actionId(), current.position(),
                change.owner() == null ? current.ownerName() : change.owner(), current.ownerRole(), due, status, notes,
                current.doneAt());
    }

    private ResponseEntity<Map<String, Object>> respond(AssessmentResult result, StoredPlan plan, HttpStatus status) {
        ZoneId plansZone = plan.rhythm() == null ? zone : plan.rhythm().zone();
        PlanSource source = PlanService.source(result);
        PlanReport report = PlanReport.of(source.base(), result.assessment().language(), source.organisation(),
                source.assessedAt(), plan, clock.instant(), plansZone);
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer").body(PlanJson.document(report));
    }

    static final class NoPlan extends RuntimeException {
        NoPlan() {
            super("This assessment has no plan yet; POST to the same address makes one.");
        }
    }

    static final class NotFinished extends RuntimeException {
        NotFinished() {
            super("A plan is made from a finished assessment; this one is not finished yet.");
        }
    }

    static final class BadChange extends RuntimeException {
        BadChange(String message) {
            super(message);
        }
    }

    @ExceptionHandler(NoPlan.class)
    ProblemDetail noPlan(NoPlan e) {
        return problem(HttpStatus.NOT_FOUND, "No plan", e.getMessage());
    }

    @ExceptionHandler(NotFinished.class)
    ProblemDetail notFinished(NotFinished e) {
        return problem(HttpStatus.CONFLICT, "Assessment not finished", e.getMessage());
    }

    @ExceptionHandler(BadChange.class)
    ProblemDetail badChange(BadChange e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid change", e.getMessage());
    }

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notYours(NotAllowed e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown assessment", "No assessment of your clients has this id.");
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    ProblemDetail notSignedIn(RuntimeException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Not signed in", "A consultant's plans need the consultant's session.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
