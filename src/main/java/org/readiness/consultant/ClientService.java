package org.readiness.consultant;

import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.scorecard.AssessmentsCsv;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consultant's clients and their assessments. Every call checks on the server that the client belongs to the
 * current consultant (an administrator sees all): the view annotations only guard navigation.
 */
@Service
@Secured({"ROLE_CONSULTANT", "ROLE_ADMIN"})
public class ClientService {

    private static final Pattern TOKEN_IN_LINK = Pattern.compile("([A-Za-z0-9_-]{43})/?(?:[?#].*)?$");

    private final ClientRepository clients;
    private final AssessmentService assessments;
    private final CurrentUser currentUser;

    ClientService(ClientRepository clients, AssessmentService assessments, CurrentUser currentUser) {
        this.clients = clients;
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    @Transactional
    public Client create(ClientDetails details) {
        requireValid(details);
        return clients.find(clients.insert(currentUser.require().id(), details, Instant.now())).orElseThrow();
    }

    @Transactional
    public Client update(long clientId, ClientDetails details) {
        get(clientId);
        requireValid(details);
        clients.update(clientId, details, Instant.now());
        return get(clientId);
    }

    /** The client, when the current user may see it; otherwise {@link NotAllowed}, as if it did not exist. */
    public Client get(long clientId) {
        return clients.find(clientId).filter(this::mayAccess).orElseThrow(NotAllowed::new);
    }

    /** The current user's clients (an administrator's: everyone's) matching the search text. */
    public List<Client> search(String text) {
        Account user = currentUser.require();
        return clients.search(user.role() == Role.ADMIN ? null : user.id(), text == null ? "" : text.strip());
    }

    /** The current user's clients with their latest scores, for the list and the overview. */
    public List<ClientSummary> overview(String text) {
        return search(text).stream().map(client -> {
            List<OpenAssessment> all = assessments.ofClient(client.id());
            Optional<OpenAssessment> latest = all.stream()
                    .max(Comparator.comparing(OpenAssessment::updatedAt).thenComparing(OpenAssessment::id));
            if (latest.isEmpty()) {
                return new ClientSummary(client, null, java.util.Map.of(), null, 0);
            }
            var score = assessments.evaluate(latest.get()).score();
            java.util.Map<String, Integer> areas = new java.util.LinkedHashMap<>();
            score.areas().stream().filter(area -> area.isScored())
                    .forEach(area -> areas.put(area.areaId(), area.score()));
            return new ClientSummary(client, score.overall(), areas, latest.get().updatedAt(), all.size());
        }).toList();
    }

    /** Every assessment of the current user's clients (an administrator's: all), one row each. */
    public List<AssessmentsCsv.Row> exportRows() {
        return search("").stream().flatMap(client -> assessments.ofClient(client.id()).stream().map(assessment -> {
            var evaluation = assessments.evaluate(assessment);
            java.util.Map<String, Integer> areas = new java.util.LinkedHashMap<>();
            evaluation.score().areas().stream().filter(area -> area.isScored())
                    .forEach(area -> areas.put(area.areaId(), area.score()));
            return new AssessmentsCsv.Row(client.organisation(), assessment.id(),
                    assessment.state().name().toLowerCase(java.util.Locale.ROOT), assessment.createdAt(),
                    assessment.finishedAt(), assessment.questionnaire().id(), assessment.questionnaire().version(),
                    evaluation.score().overall(), areas, evaluation.recommendation().structure().id());
        })).toList();
    }

    /** The client's assessments, oldest first. */
    public List<OpenAssessment> assessments(long clientId) {
        get(clientId);
        return assessments.ofClient(clientId);
    }

    /** An assessment of one of the current user's clients. */
    public OpenAssessment assessment(long assessmentId) {
        OpenAssessment assessment = assessments.open(assessmentId).orElseThrow(NotAllowed::new);
        if (assessment.clientId() == null) {
            throw new NotAllowed();
        }
        get(assessment.clientId());
        return assessment;
    }

    @Transactional
    public AssessmentService.Started startInterview(long clientId, String questionnaireId, String language) {
        get(clientId);
        AssessmentService.Started started = assessments.start(questionnaireId, language);
        assessments.attachToClient(started.assessment().id(), clientId);
        return started;
    }

    /** A new assessment for the client, answered in advance with the client's latest one. */
    @Transactional
    public Optional<AssessmentService.Started> reassess(long clientId, String language) {
        Optional<OpenAssessment> latest = assessments(clientId).stream()
                .max(Comparator.comparing(OpenAssessment::createdAt).thenComparing(OpenAssessment::id));
        return latest.map(earlier -> {
            AssessmentService.Started started = assessments.startFrom(earlier, language);
            assessments.attachToClient(started.assessment().id(), clientId);
            return started;
        });
    }

    /** Attaches a merchant's self-assessment, found by its resume link (or the bare token), to the client. */
    @Transactional
    public AttachResult attach(long clientId, String resumeLink) {
        get(clientId);
        Matcher matcher = TOKEN_IN_LINK.matcher(resumeLink == null ? "" : resumeLink.strip());
        Optional<OpenAssessment> found = matcher.find()
                ? ResumeToken.parse(matcher.group(1)).flatMap(assessments::resume)
                : Optional.empty();
        if (found.isEmpty()) {
            return AttachResult.UNKNOWN_LINK;
        }
        if (found.get().clientId() != null) {
            return found.get().clientId() == clientId ? AttachResult.ATTACHED : AttachResult.ALREADY_ATTACHED;
        }
        assessments.attachToClient(found.get().id(), clientId);
        return AttachResult.ATTACHED;
    }

    public org.readiness.recommendation.Evaluation evaluate(OpenAssessment assessment) {
        return assessments.evaluate(assessment);
    }

    public Comparison compare(long beforeId, long afterId) {
        OpenAssessment before = assessment(beforeId);
        OpenAssessment after = assessment(afterId);
        return Comparison.of(assessments.evaluate(before), assessments.evaluate(after));
    }

    public enum AttachResult { ATTACHED, UNKNOWN_LINK, ALREADY_ATTACHED }

    private boolean mayAccess(Client client) {
        Account user = currentUser.require();
        return user.role() == Role.ADMIN || client.consultantId() == user.id();
    }

    private static void requireValid(ClientDetails details) {
        if (details.problem() != null) {
            throw new IllegalArgumentException("invalid client details: " + details.problem());
        }
    }
}
