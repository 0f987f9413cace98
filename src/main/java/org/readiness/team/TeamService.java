package org.readiness.team;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The life of a team assessment: started by a coordinator (a merchant, or a consultant for a client) who answers the
 * company profile, read with everyone's answers merged, locked and revealed to the room, re-assessed, deleted.
 * Reached by the coordinator's link or, for a consultant, by id after {@code ClientService} has checked the client
 * is theirs. Who takes part is {@link Invitations}' job.
 */
@Service
public class TeamService {

    private final TeamRepository teams;
    private final TeamReader reader;
    private final Invitations invitations;
    private final AssessmentService assessments;
    private final AnswerService answers;
    private final TeamLimits limits;
    private final Clock clock;

    TeamService(TeamRepository teams, TeamReader reader, Invitations invitations, AssessmentService assessments,
                AnswerService answers, TeamLimits limits, Clock clock) {
        this.teams = teams;
        this.reader = reader;
        this.invitations = invitations;
        this.assessments = assessments;
        this.answers = answers;
        this.limits = limits;
        this.clock = clock;
    }

    /** A new team, with names; the coordinator answers its company profile first. */
    @Transactional
    public StartedTeam start(String questionnaireId, String language, @Nullable Long clientId) {
        return start(new NewTeam(questionnaireId, language, false, clientId, null, null, null));
    }

    /**
     * A new team as asked; one started without logging in names the {@code address} it came from, which may start
     * only so many an hour ({@link TeamLimitReached}).
     */
    @Transactional
    public StartedTeam start(NewTeam team) {
        if (team.address() != null) {
            limits.newTeam(team.address());
        }
        AssessmentService.Started profile = assessments.start(team.questionnaireId(), team.language(),
                AnswerScope.PROFILE);
        if (team.profileFrom() != null) {
            copyProfile(team.profileFrom().answers(), profile.assessment());
        }
        if (team.organisation() != null && !assessments.setOrganisation(profile.assessment().id(),
                team.organisation())) {
            throw new TeamProblem(TeamProblem.Kind.NAME_TOO_LONG);
        }
        return create(profile, team.clientId(), null, team.anonymous());
    }

    /**
     * A team set up in one go, as the API does: its company profile answered (the caller has checked the answers),
     * its organisation named and its people invited; past a limit nothing is stored.
     */
    @Transactional
    public SetUp setUp(NewTeam team, Answers profile, List<Invitations.Invitee> invitees) {
        StartedTeam started = start(team);
        long profileId = started.profile().id();
        profile.asMap().forEach((questionId, answer) -> answers.save(profileId, questionId, answer, 0));
        assessments.finish(profileId);
        return new SetUp(started, invitations.inviteAll(started.team().id(), invitees, team.language()));
    }

    /** The company profile's answers of an earlier assessment that still fit the current questionnaire. */
    private void copyProfile(Answers earlier, OpenAssessment profile) {
        Questionnaire questionnaire = profile.questionnaire();
        earlier.asMap().forEach((questionId, answer) -> questionnaire.question(questionId)
                .filter(question -> AnswerScope.PROFILE.asks(questionnaire, question))
                .filter(question -> AnswerCheck.check(question, answer).isEmpty())
                .ifPresent(question -> answers.save(profile.id(), questionId, answer, 0)));
    }

    private StartedTeam create(AssessmentService.Started profile, @Nullable Long clientId, @Nullable Long previous,
                               boolean anonymous) {
        ResumeToken coordinator = ResumeToken.generate();
        ResumeToken join = ResumeToken.generate();
        long id = teams.insertTeam(coordinator.hash(), join.value(), freeJoinCode(), profile.assessment().id(),
                clientId, previous, anonymous, clock.instant());
        return new StartedTeam(get(id).orElseThrow(), coordinator, join, profile.assessment(), profile.token());
    }

    private String freeJoinCode() {
        String code = JoinCode.generate();
        while (teams.joinCodeTaken(code)) {
            code = JoinCode.generate();
        }
        return code;
    }

    /** A team, unless its company profile is gone (it was never finished, and it is being cleaned up). */
    public Optional<Team> get(long teamId) {
        return reader.record(teamId).map(Team::of);
    }

    /** The team behind a coordinator's link. */
    public Optional<Team> byCoordinatorLink(ResumeToken token) {
        return teams.findByCoordinatorHash(token.hash()).filter(TeamReader::hasProfile).map(Team::of);
    }

    /** The team behind a workshop room's join link, open or closed. */
    public Optional<Team> byJoinLink(ResumeToken token) {
        return teams.findByJoinToken(token.value()).filter(TeamReader::hasProfile).map(Team::of);
    }

    public List<Team> ofClient(long clientId) {
        return teams.byClient(clientId).stream().filter(TeamReader::hasProfile).map(Team::of).toList();
    }

    /** The team as stored now, with the merged result of those who finished. */
    public TeamOverview overview(long teamId) {
        return reader.overview(teamId);
    }

    /** The company profile, for the coordinator (or the client's consultant) to answer or change. */
    public OpenAssessment profileOf(long teamId) {
        return reader.profile(teamId);
    }

    /** The join link's short code; a team from before there were codes gets one now. */
    @Transactional
    public String joinCode(long teamId) {
        TeamRecord team = reader.existing(teamId);
        if (team.joinCode() == null) {
            teams.setJoinCode(teamId, freeJoinCode());
        }
        return reader.existing(teamId).joinCode();
    }

    /** Locked: no more sends or changes and no one joins, so the room discusses one fixed picture. */
    @Transactional
    public void lock(long teamId) {
        teams.setLocked(teamId, clock.instant(), clock.instant());
    }

    /** Unlocked: people may change and send their answers again, and the presenter view hides the result again. */
    @Transactional
    public void unlock(long teamId) {
        teams.setLocked(teamId, null, clock.instant());
    }

    /** Shows the result on the presenter view; only a locked team's (false otherwise). */
    @Transactional
    public boolean reveal(long teamId) {
        return teams.reveal(teamId, clock.instant());
    }

    /** A new team for the same client, its profile answered as before, its roles and people invited again. */
    @Transactional
    public ReassessedTeam reassess(long teamId, String language) {
        Team earlier = get(teamId).orElseThrow();
        AssessmentService.Started profile = assessments.startFrom(profileOf(teamId), language, AnswerScope.PROFILE);
        StartedTeam started = create(profile, earlier.clientId(), teamId, earlier.anonymous());
        List<Invitations.Invitee> again = overview(teamId).members().stream()
                .map(member -> new Invitations.Invitee(member.roleId(), member.name(), member.email())).toList();
        return new ReassessedTeam(started, invitations.inviteAll(started.team().id(), again, language));
    }

    /**
     * Deletes the teams whose company profile is gone: it was never finished, and unfinished drafts are deleted after
     * their time (see {@code readiness.drafts.keep-days}). Their respondents' answers go with them.
     */
    @Scheduled(cron = "${readiness.drafts.cleanup-cron:0 17 3 * * *}")
    public int deleteTeamsWithoutProfile() {
        List<Long> orphans = teams.withoutProfile();
        orphans.forEach(this::delete);
        return orphans.size();
    }

    /** Deletes the team, its profile and every respondent's answers. */
    @Transactional
    public boolean delete(long teamId) {
        Optional<TeamRecord> team = teams.findById(teamId);
        if (team.isEmpty()) {
            return false;
        }
        teams.members(teamId).forEach(member -> {
            if (member.assessmentId() != null) {
                assessments.delete(member.assessmentId());
            }
        });
        teams.delete(teamId);
        if (team.get().profileAssessmentId() != null) {
            assessments.delete(team.get().profileAssessmentId());
        }
        return true;
    }

    /**
     * How a team starts: its questionnaire and language; anonymous or not; the client it is for and the assessment
     * whose company profile it starts from (a consultant's); the organisation's name; and the address of a request
     * made without logging in, which the hourly limit counts.
     */
    public record NewTeam(String questionnaireId, String language, boolean anonymous, @Nullable Long clientId,
                          @Nullable OpenAssessment profileFrom, @Nullable String organisation,
                          @Nullable String address) {
    }

    /** A team set up in one go and its invitations. */
    public record SetUp(StartedTeam team, List<Invitation> invitations) {
    }

    /** A team re-assessed: the new team and its invitations. */
    public record ReassessedTeam(StartedTeam team, List<Invitation> invitations) {
    }
}
