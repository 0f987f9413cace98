package org.readiness.plan.ui;

import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.ResumeToken;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.NotAllowed;
import org.readiness.plan.PlanService;
import org.readiness.plan.StoredPlan;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Takes the notes or decisions a checkpoint page could not save before it was left (a reload, a closed tab), sent by
 * {@code navigator.sendBeacon} with the session cookie and CSRF token: a consultant's, checked by the client service
 * as for the plan itself, or a merchant's, by their resume link.
 */
@RestController
class CheckpointNoteBeacon {

    private final ClientInterviews clients;
    private final AssessmentResults results;
    private final PlanService plans;

    CheckpointNoteBeacon(ClientInterviews clients, AssessmentResults results, PlanService plans) {
        this.clients = clients;
        this.results = results;
        this.plans = plans;
    }

    @PostMapping(path = "/consultant/plans/{assessmentId}/checkpoints/{day}/notes",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> consultant(@PathVariable long assessmentId, @PathVariable String day,
                                    @RequestParam String question, @RequestParam String text) {
        try {
            clients.result(assessmentId);
        } catch (NotAllowed notYours) {
            return ResponseEntity.notFound().build();
        } catch (AccessDeniedException | AuthenticationException notLoggedIn) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return store(plans.ofAssessment(assessmentId), day, question, text);
    }

    @PostMapping(path = "/plans/{token}/checkpoints/{day}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> merchant(@PathVariable String token, @PathVariable String day, @RequestParam String question,
                                  @RequestParam String text) {
        return store(ResumeToken.parse(token).flatMap(results::of)
                .flatMap(result -> plans.ofAssessment(result.assessment().id())), day, question, text);
    }

    private ResponseEntity<Void> store(Optional<StoredPlan> plan, String day, String question, String text) {
        LocalDate heldOn;
        try {
            heldOn = LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            return ResponseEntity.notFound().build();
        }
        boolean meeting = plan.isPresent() && plan.get().rhythm() != null && plan.get().rhythm().meetings().stream()
                .anyMatch(each -> each.toLocalDate().equals(heldOn));
        if (!meeting || !question.equals(CheckpointNotes.NOTES) && !question.equals(CheckpointNotes.DECISIONS)) {
            return ResponseEntity.notFound().build();
        }
        try {
            return plans.saveCheckpointText(plan.get().id(), heldOn, question.equals(CheckpointNotes.DECISIONS), text)
                    ? ResponseEntity.noContent().build() : ResponseEntity.unprocessableEntity().build();
        } catch (DataAccessException unreachable) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }
}
