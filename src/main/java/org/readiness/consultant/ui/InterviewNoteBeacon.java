package org.readiness.consultant.ui;

import org.readiness.assessment.SaveResult;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.NotAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes the note an interview page could not save before it was left (a reload, a closed tab): the page sends it with
 * {@code navigator.sendBeacon}, with the consultant's session cookie and CSRF token. The client service checks that
 * the assessment is one of the consultant's interviews', as it does for the interview itself.
 */
@RestController
class InterviewNoteBeacon {

    private final ClientInterviews interviews;

    InterviewNoteBeacon(ClientInterviews interviews) {
        this.interviews = interviews;
    }

    /** The address of an assessment's notes, relative to the app's root as the page's links are. */
    static String location(long assessmentId) {
        return "consultant/interviews/" + assessmentId + "/notes";
    }

    @PostMapping(path = "/consultant/interviews/{assessmentId}/notes",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> store(@PathVariable long assessmentId, @RequestParam String question,
                               @RequestParam String text) {
        SaveResult result;
        try {
            result = interviews.saveNote(assessmentId, question, text);
        } catch (NotAllowed notYours) {
            return ResponseEntity.notFound().build();
        } catch (AccessDeniedException | AuthenticationException notLoggedIn) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.status(status(result)).build();
    }

    private static HttpStatus status(SaveResult result) {
        if (result instanceof SaveResult.Saved) {
            return HttpStatus.NO_CONTENT;
        }
        if (result instanceof SaveResult.Refused) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        if (result instanceof SaveResult.Failed) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return result instanceof SaveResult.Gone ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    }
}
