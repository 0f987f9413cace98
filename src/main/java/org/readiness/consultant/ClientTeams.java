package org.readiness.consultant;

import org.readiness.assessment.ResultWording;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.merge.TeamEvaluation;
import org.readiness.result.Comparison;
import org.readiness.result.Result;
import org.readiness.team.StartedTeam;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;
import org.readiness.team.TeamService;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * A consultant's team assessments with their clients: starting, re-assessing, comparing, and what the latest says.
 * Every call checks that the client belongs to the current consultant (an administrator sees all).
 */
@Service
@Secured({"ROLE_CONSULTANT", "ROLE_ADMIN"})
public class ClientTeams {

    private final ClientService clients;
    private final AssessmentService assessments;
    private final TeamService teams;
    private final ResultWording wording;

    ClientTeams(ClientService clients, AssessmentService assessments, TeamService teams, ResultWording wording) {
        this.clients = clients;
        this.assessments = assessments;
        this.teams = teams;
        this.wording = wording;
    }

    /** The client's team assessments, oldest first. */
    public List<Team> ofClient(long clientId) {
        clients.get(clientId);
        return teams.ofClient(clientId);
    }

    /** A team assessment of one of the current user's clients. */
    public Team team(long teamId) {
        Team team = teams.get(teamId).filter(each -> each.clientId() != null).orElseThrow(NotAllowed::new);
        clients.get(team.clientId());
        return team;
    }

    /**
     * A team assessment for the client, named after it; its company profile starts from the client's last assessment
     * of the questionnaire, and the consultant checks it first.
     */
    @Transactional
    public StartedTeam start(long clientId, String questionnaireId, String language, boolean anonymous) {
        Client client = clients.get(clientId);
        OpenAssessment last = assessments.ofClient(clientId).stream()
                .filter(each -> each.questionnaire().id().equals(questionnaireId)).reduce((first, then) -> then)
                .orElse(null);
        return teams.start(new TeamService.NewTeam(questionnaireId, language, anonymous, clientId, last,
                client.organisation(), null));
    }

    /** The client's team again: the same roles and people invited anew, the profile as it was. */
    @Transactional
    public TeamService.ReassessedTeam reassess(long teamId, String language) {
        team(teamId);
        return teams.reassess(teamId, language);
    }

    /** Two team assessments of a client, then and now, in the reader's words; empty when either has no answers yet. */
    public Optional<Comparison> compare(long beforeId, long afterId, String language) {
        Optional<Result> before = result(beforeId, language);
        Optional<Result> after = result(afterId, language);
        return before.isEmpty() || after.isEmpty() ? Optional.empty()
                : Optional.of(Comparison.of(before.get(), after.get()));
    }

    private Optional<Result> result(long teamId, String language) {
        team(teamId);
        TeamOverview overview = teams.overview(teamId);
        return overview.evaluation().map(team -> wording.ofTeam(team, language, overview.profile().organisation()));
    }

    /** What the client's latest team assessment with answers says, for an interview's talking points. */
    public Optional<TeamEvaluation> latestTeamResult(long clientId) {
        List<Team> all = ofClient(clientId);
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<TeamEvaluation> evaluation = teams.overview(all.get(i).id()).evaluation();
            if (evaluation.isPresent()) {
                return evaluation;
            }
        }
        return Optional.empty();
    }
}
