package org.readiness.consultant;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.DeletedAssessment;
import org.readiness.assessment.SaveResult;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.merge.TeamComparison;
import org.readiness.merge.TeamEvaluation;
import org.readiness.team.StartedTeam;
import org.readiness.team.Team;
import org.readiness.team.TeamService;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.Score;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final AnswerService answers;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClientService(ClientRepository clients, AssessmentService assessments, AnswerService answers, TeamService teams,
                  CurrentUser currentUser, Clock clock) {
        this.clients = clients;
        this.assessments = assessments;
        this.answers = answers;
        this.teams = teams;
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
            Score score = AssessmentResults.evaluate(latest.get()).evaluation().score();
            return new ClientSummary(client, score.overall(), scoredAreas(score), finishedAt(latest.get()), all.size());
        }).toList();
    }

    private static java.time.Instant finishedAt(OpenAssessment assessment) {
        return assessment.finishedAt() == null ? assessment.updatedAt() : assessment.finishedAt();
    }

    private static Map<String, Integer> scoredAreas(Score score) {
        Map<String, Integer> areas = new LinkedHashMap<>();
        score.areas().stream().filter(AreaScore::isScored).forEach(area -> areas.put(area.areaId(), area.score()));
        return areas;
    }

    /** Every assessment of the current user's clients (an administrator's: all), with its result. */
    public List<ClientAssessment> allAssessments() {
        return search("").stream().flatMap(client -> assessments.ofClient(client.id()).stream()
                .map(assessment -> new ClientAssessment(client, AssessmentResults.evaluate(assessment)))).toList();
    }

    /** The client's assessments with their results, oldest first. */
    public List<AssessmentResult> assessments(long clientId) {
        get(clientId);
        return assessments.ofClient(clientId).stream().map(AssessmentResults::evaluate).toList();
    }

    /** What is left of the client's deleted assessments: when and by whom, nothing of their content. */
    public List<DeletedAssessment> deletedAssessments(long clientId) {
        get(clientId);
        return assessments.deletedOfClient(clientId);
    }

    /** What is left of a deleted assessment of one of the current user's clients; empty for anything else. */
    public Optional<DeletedAssessment> deletedAssessment(long assessmentId) {
        return assessments.deleted(assessmentId).filter(deleted -> clients.find(deleted.clientId())
                .filter(this::mayAccess).isPresent());
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
        get(assessment.clientId());
        return assessment;
    }

    @Transactional
    public AssessmentService.Started startInterview(long clientId, String questionnaireId, String language) {
        Client client = get(clientId);
        AssessmentService.Started started = assessments.start(questionnaireId, language);
        assessments.attachToClient(started.assessment().id(), clientId);
        assessments.setOrganisation(started.assessment().id(), client.organisation());
        return started;
    }

    /** A new assessment for the client, answered in advance with the client's latest one. */
    @Transactional
    public Optional<AssessmentService.Started> reassess(long clientId, String language) {
        Client client = get(clientId);
        Optional<OpenAssessment> latest = assessments.ofClient(clientId).stream()
                .max(Comparator.comparing(OpenAssessment::createdAt).thenComparing(OpenAssessment::id));
        return latest.map(earlier -> {
            AssessmentService.Started started = assessments.startFrom(earlier, language);
            assessments.attachToClient(started.assessment().id(), clientId);
            assessments.setOrganisation(started.assessment().id(), client.organisation());
            return started;
        });
    }

    /** Attaches a merchant's self-assessment, found by its resume link (or the bare token), to the client. */
    @Transactional
    public AttachResult attach(long clientId, String resumeLink) {
        get(clientId);
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
            assessments.setOrganisation(found.get().id(), get(clientId).organisation());
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

    public Comparison compare(long beforeId, long afterId) {
        return Comparison.of(result(beforeId).evaluation(), result(afterId).evaluation());
    }

    /** The client's team assessments, oldest first. */
    public List<Team> teams(long clientId) {
        get(clientId);
        return teams.ofClient(clientId);
    }

    /** A team assessment of one of the current user's clients. */
    public Team team(long teamId) {
        Team team = teams.get(teamId).filter(each -> each.clientId() != null).orElseThrow(NotAllowed::new);
        get(team.clientId());
        return team;
    }

    /**
     * A team assessment for the client, named after it; its company profile starts from the client's last assessment
     * of the questionnaire, and the consultant checks it first.
     */
    @Transactional
    public StartedTeam startTeam(long clientId, String questionnaireId, String language, boolean anonymous) {
        Client client = get(clientId);
        OpenAssessment last = assessments.ofClient(clientId).stream()
                .filter(each -> each.questionnaire().id().equals(questionnaireId)).reduce((first, then) -> then)
                .orElse(null);
        return teams.start(new TeamService.NewTeam(questionnaireId, language, anonymous, clientId, last,
                client.organisation(), null));
    }

    /** The client's team again: the same roles and people invited anew, the profile as it was. */
    @Transactional
    public TeamService.ReassessedTeam reassessTeam(long teamId, String language) {
        team(teamId);
        return teams.reassess(teamId, language);
    }

    /** Two team assessments of a client, then and now; empty when either has no answers sent yet. */
    public Optional<TeamComparison> compareTeams(long beforeId, long afterId) {
        team(beforeId);
        team(afterId);
        Optional<TeamEvaluation> before = teams.overview(beforeId).evaluation();
        Optional<TeamEvaluation> after = teams.overview(afterId).evaluation();
        return before.isEmpty() || after.isEmpty() ? Optional.empty()
                : Optional.of(TeamComparison.of(before.get(), after.get()));
    }

    /** What the client's latest team assessment with answers says, for an interview's talking points. */
    public Optional<TeamEvaluation> latestTeamResult(long clientId) {
        List<Team> all = teams(clientId);
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<TeamEvaluation> evaluation = teams.overview(all.get(i).id()).evaluation();
            if (evaluation.isPresent()) {
                return evaluation;
            }
        }
        return Optional.empty();
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
