package org.readiness.consultant;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.DeletedAssessment;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.assessment.SaveResult;
import org.readiness.result.Comparison;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consultant's interviews with their clients: the clients' assessments, starting, re-assessing, attaching a
 * merchant's own, notes, deleting and comparing. Every call checks that the client belongs to the current
 * consultant (an administrator sees all), as {@link ClientService} does.
 */
@Service
@Secured({"ROLE_CONSULTANT", "ROLE_ADMIN"})
public class ClientInterviews {

    private static final Pattern TOKEN_IN_LINK = Pattern.compile("([A-Za-z0-9_-]{43})/?(?:[?#].*)?$");

    private final ClientService clients;
    private final AssessmentService assessments;
    private final AnswerService answers;
    private final AssessmentResults results;

    ClientInterviews(ClientService clients, AssessmentService assessments, AnswerService answers,
                     AssessmentResults results) {
        this.clients = clients;
        this.assessments = assessments;
        this.answers = answers;
        this.results = results;
    }

    /** The client's assessments with their results, oldest first. */
    public List<AssessmentResult> assessments(long clientId) {
        clients.get(clientId);
        return assessments.ofClient(clientId).stream().map(AssessmentResults::evaluate).toList();
    }

    /** What is left of the client's deleted assessments: when and by whom, nothing of their content. */
    public List<DeletedAssessment> deletedAssessments(long clientId) {
        clients.get(clientId);
        return assessments.deletedOfClient(clientId);
    }

    /** What is left of a deleted assessment of one of the current user's clients; empty for anything else. */
    public Optional<DeletedAssessment> deletedAssessment(long assessmentId) {
        return assessments.deleted(assessmentId).filter(deleted -> clients.mayAccess(deleted.clientId()));
    }

    /** How many days an unfinished assessment may stay untouched before it is deleted. */
    public int draftKeepDays() {
        return assessments.draftKeepDays();
    }

    /** An assessment of one of the current user's clients. */
    public OpenAssessment assessment(long assessmentId) {
        OpenAssessment assessment = assessments.open(assessmentId).orElseThrow(NotAllowed::new);
        if (assessment.clientId() == null) {
            throw new NotAllowed();
        }
        clients.get(assessment.clientId());
        return assessment;
    }

    @Transactional
    public AssessmentService.Started startInterview(long clientId, String questionnaireId, String language) {
        Client client = clients.get(clientId);
        AssessmentService.Started started = assessments.start(questionnaireId, language);
        assessments.attachToClient(started.assessment().id(), clientId);
        assessments.setOrganisation(started.assessment().id(), client.organisation());
        return started;
    }

    /** A new assessment for the client, answered in advance with the client's latest one. */
    @Transactional
    public Optional<AssessmentService.Started> reassess(long clientId, String language) {
        Client client = clients.get(clientId);
        Optional<OpenAssessment> latest = assessments.ofClient(clientId).stream()
                .max(Comparator.comparing(OpenAssessment::createdAt).thenComparing(OpenAssessment::id));
        return latest.map(earlier -> {
            AssessmentService.Started started = assessments.startFrom(earlier, language, earlier.scope());
            assessments.attachToClient(started.assessment().id(), clientId);
            assessments.setOrganisation(started.assessment().id(), client.organisation());
            return started;
        });
    }

    /** Attaches a merchant's self-assessment, found by its resume link (or the bare token), to the client. */
    @Transactional
    public AttachResult attach(long clientId, String resumeLink) {
        clients.get(clientId);
        Matcher matcher = TOKEN_IN_LINK.matcher(resumeLink == null ? "" : resumeLink.strip());
        Optional<OpenAssessment> found = matcher.find()
                ? ResumeToken.parse(matcher.group(1)).flatMap(assessments::find)
                : Optional.empty();
        if (found.isEmpty()) {
            return AttachResult.UNKNOWN_LINK;
        }
        if (found.get().clientId() != null) {
            return found.get().clientId() == clientId ? AttachResult.ATTACHED : AttachResult.ALREADY_ATTACHED;
        }
        assessments.attachToClient(found.get().id(), clientId);
        if (found.get().organisation() == null) {
            assessments.setOrganisation(found.get().id(), clients.get(clientId).organisation());
        }
        return AttachResult.ATTACHED;
    }

    /**
     * Stores a note on a question of one of the current user's clients' assessments: what an interview page sends
     * when it is left before it could save the note itself.
     */
    public SaveResult saveNote(long assessmentId, String questionId, String note) {
        assessment(assessmentId);
        return answers.saveNote(assessmentId, questionId, note);
    }

    /** Deletes an assessment of one of the current user's clients. */
    @Transactional
    public boolean delete(long assessmentId) {
        assessment(assessmentId);
        return assessments.delete(assessmentId);
    }

    /** An assessment of one of the current user's clients with its result, the consultant's notes included. */
    public AssessmentResult result(long assessmentId) {
        return AssessmentResults.evaluate(assessment(assessmentId));
    }

    /** Two assessments of a client side by side, in the reader's words, the consultant's notes included. */
    public Comparison compare(long beforeId, long afterId, String language) {
        return Comparison.of(results.describe(result(beforeId), language), results.describe(result(afterId), language));
    }

    public enum AttachResult { ATTACHED, UNKNOWN_LINK, ALREADY_ATTACHED }
}
