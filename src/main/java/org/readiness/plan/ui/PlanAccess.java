package org.readiness.plan.ui;

import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.AssessmentResults;
import org.readiness.assessment.ResumeToken;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.ClientTeams;
import org.readiness.consultant.NotAllowed;
import org.readiness.plan.PlanService;
import org.readiness.plan.PlanSource;
import org.readiness.plan.StoredPlan;
import org.readiness.plan.TeamAnswers;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.team.Team;
import org.readiness.team.TeamOverview;
import org.readiness.team.TeamService;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who may open which plan: the holder of a finished assessment's resume link its own plan, a team's coordinator by
 * their link the team's; a consultant the plans of their clients' finished assessments and teams (the client service
 * checks). Opening a result's plan makes it the first time.
 */
@Component
class PlanAccess {

    private final AssessmentResults results;
    private final ClientService clients;
    private final ClientInterviews interviews;
    private final ClientTeams clientTeams;
    private final TeamService teams;
    private final PlanService plans;

    PlanAccess(AssessmentResults results, ClientService clients, ClientInterviews interviews, ClientTeams clientTeams,
               TeamService teams, PlanService plans) {
        this.interviews = interviews;
        this.clientTeams = clientTeams;
        this.results = results;
        this.clients = clients;
        this.teams = teams;
        this.plans = plans;
    }

    /** The plan the page's address names, if the visitor may open it; empty otherwise, or for a malformed id. */
    Optional<PlanSubject> find(PlanRoute route, RouteParameters parameters, String language) {
        try {
            return switch (route) {
                case MERCHANT -> merchant(parameters.get("token").orElse(""), language);
                case COORDINATOR -> coordinator(parameters.get("token").orElse(""), language);
                case CONSULTANT -> consultant(Long.parseLong(parameters.get("assessmentId").orElse("")), language);
                case CONSULTANT_TEAM -> consultantTeam(Long.parseLong(parameters.get("teamId").orElse("")), language);
            };
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    Optional<PlanSubject> merchant(String token, String language) {
        Optional<AssessmentResult> found = ResumeToken.parse(token).flatMap(results::of)
                .filter(result -> result.assessment().isFinished()
                        && result.assessment().scope().equals(AnswerScope.WHOLE));
        return found.map(result -> {
            PlanSource source = PlanService.source(result);
            StoredPlan plan = plans.planFor(result, language);
            return new PlanSubject(source, null, List.of(source), plan, previous(plan), PlanPlace.merchant(token));
        });
    }

    /** Empty for an assessment that is not the consultant's, or not finished. */
    Optional<PlanSubject> consultant(long assessmentId, String language) {
        AssessmentResult result;
        try {
            result = interviews.result(assessmentId);
        } catch (NotAllowed notYours) {
            return Optional.empty();
        }
        if (!result.assessment().isFinished() || result.assessment().clientId() == null) {
            return Optional.empty();
        }
        long clientId = result.assessment().clientId();
        StoredPlan plan = plans.planFor(result, language);
        return Optional.of(new PlanSubject(PlanService.source(result), clients.get(clientId).organisation(),
                history(clientId), plan, previous(plan), PlanPlace.consultant(assessmentId, clientId)));
    }

    /** A team's plan by its coordinator's link; empty until someone has sent their answers. */
    Optional<PlanSubject> coordinator(String token, String language) {
        return ResumeToken.parse(token).flatMap(teams::byCoordinatorLink)
                .flatMap(team -> team(team, language, PlanPlace.coordinator(token), null));
    }

    Optional<PlanSubject> consultantTeam(long teamId, String language) {
        Team team;
        try {
            team = clientTeams.team(teamId);
        } catch (NotAllowed notYours) {
            return Optional.empty();
        }
        return team(team, language, PlanPlace.consultantTeam(teamId, team.clientId()),
                clients.get(team.clientId()).organisation());
    }

    private Optional<PlanSubject> team(Team team, String language, PlanPlace place, String clientName) {
        Optional<PlanSource> source = teamSource(team);
        return source.map(found -> {
            StoredPlan plan = plans.planForTeam(found, team.previousTeamId(), language);
            List<PlanSource> history = team.clientId() == null ? List.of(found) : history(team.clientId());
            return new PlanSubject(found, clientName, history, plan, previous(plan), place);
        });
    }

    private Optional<PlanSource> teamSource(Team team) {
        TeamOverview overview = teams.overview(team.id());
        return overview.evaluation().map(evaluation -> new PlanSource(evaluation.evaluation(),
                new TeamAnswers(overview.questionnaire(), overview.profile().answers(), evaluation.respondents()),
                team.createdAt(), overview.profile().organisation(), null, team.id(), team.clientId()));
    }

    /** The client's finished assessments and teams with answers, oldest first: the score trend. */
    private List<PlanSource> history(long clientId) {
        List<PlanSource> history = new java.util.ArrayList<>(interviews.assessments(clientId).stream()
                .filter(each -> each.assessment().isFinished()).map(PlanService::source).toList());
        clientTeams.ofClient(clientId).forEach(team -> teamSource(team).ifPresent(history::add));
        history.sort(java.util.Comparator.comparing(PlanSource::assessedAt));
        return history;
    }

    private PlanSubject.PreviousPlan previous(StoredPlan plan) {
        if (plan.previousPlanId() == null) {
            return null;
        }
        return plans.find(plan.previousPlanId()).flatMap(before -> sourceOf(before)
                .map(source -> new PlanSubject.PreviousPlan(before, source))).orElse(null);
    }

    private Optional<PlanSource> sourceOf(StoredPlan plan) {
        if (plan.assessmentId() != null) {
            return results.of(plan.assessmentId(), AssessmentResults.Notes.LEFT_OUT).map(PlanService::source);
        }
        return plan.teamId() == null ? Optional.empty() : teams.get(plan.teamId()).flatMap(this::teamSource);
    }

    StoredPlan reload(PlanSubject subject) {
        return plans.find(subject.plan().id()).orElseThrow();
    }
}
