package org.readiness.consultant;

import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consultant's clients: their details, the list with the latest scores, and every assessment for the export.
 * Every call checks on the server that the client belongs to the current consultant (an administrator sees all):
 * the view annotations only guard navigation. Interviews are {@link ClientInterviews}, teams {@link ClientTeams}.
 */
@Service
@Secured({"ROLE_CONSULTANT", "ROLE_ADMIN"})
public class ClientService {

    private final ClientRepository clients;
    private final AssessmentService assessments;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClientService(ClientRepository clients, AssessmentService assessments, CurrentUser currentUser, Clock clock) {
        this.clients = clients;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public Client create(ClientDetails details) {
        requireValid(details);
        return clients.find(clients.insert(currentUser.require().id(), details, clock.instant())).orElseThrow();
    }

    @Transactional
    public Client update(long clientId, ClientDetails details) {
        get(clientId);
        requireValid(details);
        clients.update(clientId, details, clock.instant());
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

    /**
     * The current user's clients with the scores of their latest finished assessment, for the list and the overview:
     * an interview still going on has no score yet.
     */
    public List<ClientSummary> overview(String text) {
        return search(text).stream().map(client -> {
            List<OpenAssessment> all = assessments.ofClient(client.id());
            Optional<OpenAssessment> latest = all.stream().filter(OpenAssessment::isFinished)
                    .max(Comparator.comparing(ClientService::finishedAt).thenComparing(OpenAssessment::id));
            if (latest.isEmpty()) {
                return new ClientSummary(client, null, Map.of(), null, all.size());
            }
            AssessmentResult result = AssessmentResults.evaluate(latest.get());
            return new ClientSummary(client, result.overall().score(), result.shownAreas(), finishedAt(latest.get()),
                    all.size());
        }).toList();
    }

    private static java.time.Instant finishedAt(OpenAssessment assessment) {
        return assessment.finishedAt() == null ? assessment.updatedAt() : assessment.finishedAt();
    }

    /** Every assessment of the current user's clients (an administrator's: all), with its result. */
    public List<ClientAssessment> allAssessments() {
        return search("").stream().flatMap(client -> assessments.ofClient(client.id()).stream()
                .map(assessment -> new ClientAssessment(client, AssessmentResults.evaluate(assessment)))).toList();
    }

    /** Whether the current user may see the client. */
    boolean mayAccess(long clientId) {
        return clients.find(clientId).filter(this::mayAccess).isPresent();
    }

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
