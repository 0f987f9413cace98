package org.readiness.team;

import org.readiness.merge.Respondent;
import org.readiness.merge.TeamMerge;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.answer.FreeText;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Team assessments: started by a coordinator (a merchant, or a consultant for a client) who answers the company
 * profile, then answered by each respondent in their role on their own device, and merged. Reached by the
 * coordinator's link or, for a consultant, by id after {@code ClientService} has checked the client is theirs.
 */
@Service
public class TeamService {

    public static final int NAME_LIMIT = 200;

    private final TeamRepository teams;
    private final AssessmentService assessments;
    private final AnswerService answers;
    private final InvitationMail mail;
    private final Clock clock;

    TeamService(TeamRepository teams, AssessmentService assessments, AnswerService answers, InvitationMail mail,
                Clock clock) {
        this.teams = teams;
        this.assessments = assessments;
        this.answers = answers;
        this.mail = mail;
        this.clock = clock;
    }

    /** A new team; the coordinator answers its company profile first. */
    @Transactional
    public StartedTeam start(String questionnaireId, String language, @Nullable Long clientId) {
        AssessmentService.Started profile = assessments.start(questionnaireId, language, AnswerScope.PROFILE);
        return create(profile, clientId, null);
    }

    /**
     * A team set up in one go, as the API does: its company profile answered (the caller has checked the answers),
     * its organisation named and its people invited.
     */
    @Transactional
    public SetUp setUp(String questionnaireId, String language, Answers profile, @Nullable String organisation,
                       List<Invitee> invitees, String linkBase) {
        StartedTeam started = start(questionnaireId, language, null);
        long profileId = started.profile().id();
        profile.asMap().forEach((questionId, answer) -> answers.save(profileId, questionId, answer, 0));
        if (organisation != null && !assessments.setOrganisation(profileId, organisation)) {
            throw new TeamProblem(TeamProblem.Kind.NAME_TOO_LONG);
        }
        assessments.finish(profileId);
        List<Invitation> invitations = new ArrayList<>();
        for (Invitee invitee : invitees) {
            invitations.add(invite(started.team().id(), invitee.roleId(), invitee.name(), invitee.email(), language,
                    linkBase));
        }
        return new SetUp(started, invitations);
    }

    private StartedTeam create(AssessmentService.Started profile, @Nullable Long clientId, @Nullable Long previous) {
        ResumeToken coordinator = ResumeToken.generate();
        ResumeToken join = ResumeToken.generate();
        long id = teams.insertTeam(coordinator.hash(), join.value(), profile.assessment().id(), clientId, previous,
                clock.instant());
        return new StartedTeam(get(id).orElseThrow(), coordinator, join, profile.assessment(), profile.token());
    }

    /** A team, unless its company profile is gone (it was never finished, and it is being cleaned up). */
    public Optional<Team> get(long teamId) {
        return teams.findById(teamId).filter(TeamService::hasProfile).map(Team::of);
    }

    /** The team behind a coordinator's link. */
    public Optional<Team> byCoordinatorLink(ResumeToken token) {
        return teams.findByCoordinatorHash(token.hash()).filter(TeamService::hasProfile).map(Team::of);
    }

    /** The team behind a workshop room's join link, open or closed. */
    public Optional<Team> byJoinLink(ResumeToken token) {
        return teams.findByJoinToken(token.value()).filter(TeamService::hasProfile).map(Team::of);
    }

    public List<Team> ofClient(long clientId) {
        return teams.byClient(clientId).stream().filter(TeamService::hasProfile).map(Team::of).toList();
    }

    private static boolean hasProfile(TeamRecord team) {
        return team.profileAssessmentId() != null;
    }

    /** The team a respondent's assessment belongs to, with the respondent. */
    public Optional<TeamMembership> membershipOf(long assessmentId) {
        return teams.memberByAssessment(assessmentId).map(record -> new TeamMembership(
                get(record.teamId()).orElseThrow(), member(record)));
    }

    /** Invites someone by role, with their name and email if given; emails them the link if the server can. */
    @Transactional
    public Invitation invite(long teamId, String roleId, @Nullable String name, @Nullable String email,
                             String language, String linkBase) {
        String cleanName = cleanName(name);
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !InvitationMail.isAddress(address)) {
            throw new TeamProblem(TeamProblem.Kind.EMAIL_INVALID);
        }
        Invitation invitation = add(teamId, roleId, cleanName, address, JoinedBy.INVITATION, language);
        if (address == null) {
            return invitation;
        }
        OpenAssessment profile = profile(teamId);
        Role role = profile.questionnaire().role(roleId).orElseThrow();
        boolean sent = mail.send(address, cleanName, role, profile.questionnaire(),
                linkBase + invitation.token().value(), language);
        if (sent) {
            teams.markEmailSent(invitation.member().id(), clock.instant());
        }
        return new Invitation(member(teams.memberByAssessment(invitation.member().assessmentId()).orElseThrow()),
                invitation.token(), sent);
    }

    /** Someone in the workshop room picks a role through the join link; nothing while the link is closed. */
    @Transactional
    public Optional<Invitation> join(ResumeToken joinToken, String roleId, @Nullable String name, String language) {
        return teams.findByJoinToken(joinToken.value()).filter(TeamService::hasProfile).filter(TeamRecord::joinOpen)
                .map(team -> add(team.id(), roleId, cleanName(name), null, JoinedBy.JOIN_LINK, language));
    }

    private Invitation add(long teamId, String roleId, @Nullable String name, @Nullable String email,
                           JoinedBy joinedBy, String language) {
        OpenAssessment profile = profile(teamId);
        if (profile.questionnaire().role(roleId).isEmpty()) {
            throw new TeamProblem(TeamProblem.Kind.UNKNOWN_ROLE);
        }
        AssessmentService.Started started = assessments.startFrom(profile, language, AnswerScope.role(roleId));
        long memberId = teams.insertMember(teamId, started.assessment().id(), roleId, name, email, joinedBy,
                clock.instant());
        teams.touch(teamId, clock.instant());
        Member member = member(teams.members(teamId).stream().filter(each -> each.id() == memberId).findFirst()
                .orElseThrow());
        return new Invitation(member, started.token(), false);
    }

    private static @Nullable String cleanName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = FreeText.clean(name).strip();
        if (clean.codePointCount(0, clean.length()) > NAME_LIMIT) {
            throw new TeamProblem(TeamProblem.Kind.NAME_TOO_LONG);
        }
        return clean;
    }

    @Transactional
    public void setJoinOpen(long teamId, boolean open) {
        teams.setJoinOpen(teamId, open, clock.instant());
    }

    /** The team as stored now, with the merged result of those who finished. */
    public TeamOverview overview(long teamId) {
        Team team = get(teamId).orElseThrow(() -> new IllegalArgumentException("no team " + teamId));
        OpenAssessment profile = profile(teamId);
        Questionnaire questionnaire = profile.questionnaire();
        List<Member> members = new ArrayList<>();
        List<Respondent> finished = new ArrayList<>();
        List<Member> otherVersions = new ArrayList<>();
        for (MemberRecord record : teams.members(teamId)) {
            Optional<OpenAssessment> answers = Optional.ofNullable(record.assessmentId()).flatMap(assessments::open);
            Member member = member(record, answers.orElse(null));
            members.add(member);
            if (member.state() == Member.State.FINISHED) {
                OpenAssessment own = answers.orElseThrow();
                if (!own.questionnaire().contentHash().equals(questionnaire.contentHash())) {
                    otherVersions.add(member);
                }
                finished.add(new Respondent(member.respondentId(), record.roleId(), record.name(),
                        fitted(own.answers(), questionnaire)));
            }
        }
        return new TeamOverview(team, profile, members, TeamMerge.of(questionnaire, profile.answers(), finished),
                otherVersions);
    }

    /** Answers given under another version, read by question: those whose question is gone or changed drop out. */
    private static Answers fitted(Answers answers, Questionnaire questionnaire) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        answers.asMap().forEach((questionId, answer) -> questionnaire.question(questionId)
                .filter(question -> AnswerCheck.check(question, answer).isEmpty())
                .ifPresent(question -> kept.put(questionId, answer)));
        return Answers.of(kept);
    }

    /** A new team for the same client, its profile answered as before, its roles and people invited again. */
    @Transactional
    public ReassessedTeam reassess(long teamId, String language, String linkBase) {
        Team earlier = get(teamId).orElseThrow();
        AssessmentService.Started profile = assessments.startFrom(profile(teamId), language, AnswerScope.PROFILE);
        StartedTeam started = create(profile, earlier.clientId(), teamId);
        List<Invitation> invitations = new ArrayList<>();
        for (MemberRecord member : teams.members(teamId)) {
            invitations.add(invite(started.team().id(), member.roleId(), member.name(), member.email(), language,
                    linkBase));
        }
        return new ReassessedTeam(started, invitations);
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

    /** The company profile, for the coordinator (or the client's consultant) to answer or change. */
    public OpenAssessment profileOf(long teamId) {
        return profile(teamId);
    }

    /** A new personal link for a respondent who has not sent their answers; their old link stops working. */
    @Transactional
    public Optional<ResumeToken> newLink(long teamId, long memberId) {
        return teams.members(teamId).stream().filter(member -> member.id() == memberId)
                .filter(member -> member.assessmentId() != null)
                .filter(member -> member(member).state() != Member.State.FINISHED)
                .findFirst().map(member -> assessments.renewToken(member.assessmentId()));
    }

    private OpenAssessment profile(long teamId) {
        TeamRecord team = teams.findById(teamId).orElseThrow();
        return assessments.open(team.profileAssessmentId()).orElseThrow(() ->
                new IllegalStateException("team " + teamId + " has lost its profile"));
    }

    private Member member(MemberRecord record) {
        return member(record, Optional.ofNullable(record.assessmentId()).flatMap(assessments::open).orElse(null));
    }

    private static Member member(MemberRecord record, @Nullable OpenAssessment answers) {
        Member.State state;
        if (answers == null) {
            state = Member.State.DELETED;
        } else if (answers.isFinished()) {
            state = Member.State.FINISHED;
        } else {
            state = answeredOwn(answers) ? Member.State.ANSWERING : Member.State.INVITED;
        }
        return new Member(record.id(), record.roleId(), record.name(), record.email(), record.joinedBy(),
                record.invitedAt(), record.emailSentAt(), state, record.assessmentId(),
                answers == null || state == Member.State.INVITED ? null : answers.updatedAt(),
                answers == null ? null : answers.questionnaire().version());
    }

    /** Whether the respondent answered anything of their own (the profile came with the invitation). */
    private static boolean answeredOwn(OpenAssessment answers) {
        return answers.answers().asMap().keySet().stream().map(id -> answers.questionnaire().question(id))
                .flatMap(Optional::stream).anyMatch(question -> answers.scope().asks(answers.questionnaire(), question));
    }

    /** Someone to invite: their role, and their name and email if given. */
    public record Invitee(String roleId, @Nullable String name, @Nullable String email) {
    }

    /** A team set up in one go and its invitations. */
    public record SetUp(StartedTeam team, List<Invitation> invitations) {
    }

    /** A team re-assessed: the new team and its invitations. */
    public record ReassessedTeam(StartedTeam team, List<Invitation> invitations) {
    }

    /** A respondent and their team. */
    public record TeamMembership(Team team, Member member) {
    }
}
