package org.readiness.team;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.OpenAssessment;
import org.readiness.assessment.ResumeToken;
import org.readiness.questionnaire.Role;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.FreeText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who takes part in a team: people invited by name and role, or who joined by the room's link or its short code;
 * their personal links, renewed or withdrawn. Invitations with an address are mailed once stored (see
 * {@link InvitationMailer}); each team takes at most {@code readiness.team.invitations-per-hour} an hour.
 */
@Service
public class Invitations {

    public static final int NAME_LIMIT = 200;
    static final String ANSWER_PATH = "team/answer/";

    private final TeamRepository teams;
    private final TeamReader reader;
    private final AssessmentService assessments;
    private final TeamLimits limits;
    private final InvitationMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(TeamRepository teams, TeamReader reader, AssessmentService assessments, TeamLimits limits,
                InvitationMail mail, ApplicationEventPublisher events, Clock clock) {
        this.teams = teams;
        this.reader = reader;
        this.assessments = assessments;
        this.limits = limits;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Invites someone by role; their name and address if given (an anonymous team keeps no name). */
    @Transactional
    public Invitation invite(long teamId, String roleId, @Nullable String name, @Nullable String email,
                             String language) {
        return inviteAll(teamId, List.of(new Invitee(roleId, name, email)), language).get(0);
    }

    /** Several at once, all or none: past the hour's limit none is stored and none is mailed. */
    @Transactional
    public List<Invitation> inviteAll(long teamId, List<Invitee> invitees, String language) {
        TeamRecord team = reader.existing(teamId);
        if (team.lockedAt() != null) {
            throw new TeamProblem(TeamProblem.Kind.LOCKED);
        }
        // Touching the team's row first makes two requests for one team count their invitations one after the other.
        teams.touch(teamId, clock.instant());
        limits.invitations(teamId, invitees.size());
        OpenAssessment profile = reader.profile(teamId);
        List<Invitation> invitations = new ArrayList<>();
        for (Invitee invitee : invitees) {
            String address = invitee.email() == null || invitee.email().isBlank() ? null : invitee.email().strip();
            if (address != null && !InvitationMail.isAddress(address)) {
                throw new TeamProblem(TeamProblem.Kind.EMAIL_INVALID);
            }
            String name = team.anonymous() ? null : cleanName(invitee.name());
            Invitation invitation = add(team, profile, invitee.roleId(), name, address, JoinedBy.INVITATION,
                    language);
            invitations.add(address == null ? invitation : mailed(invitation, profile, address, language));
        }
        return invitations;
    }

    private Invitation mailed(Invitation invitation, OpenAssessment profile, String address, String language) {
        Optional<String> link = mail.link(ANSWER_PATH + invitation.token().value());
        if (!mail.isAvailable() || link.isEmpty()) {
            return invitation;
        }
        Role role = profile.questionnaire().role(invitation.member().roleId()).orElseThrow();
        events.publishEvent(new InvitationToMail(invitation.member().id(), address, invitation.member().name(), role,
                profile.questionnaire(), link.get(), language));
        return new Invitation(invitation.member(), invitation.token(), true);
    }

    /** Someone in the workshop room picks a role through the join link; nothing while the link is closed. */
    @Transactional
    public Optional<Invitation> join(ResumeToken joinToken, String roleId, @Nullable String name, String language) {
        Optional<TeamRecord> found = teams.findByJoinToken(joinToken.value()).filter(TeamReader::hasProfile)
                .filter(team -> team.joinOpen() && team.lockedAt() == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TeamRecord team = found.get();
        teams.touch(team.id(), clock.instant());
        limits.invitations(team.id(), 1);
        return Optional.of(add(team, reader.profile(team.id()), roleId, team.anonymous() ? null : cleanName(name),
                null, JoinedBy.JOIN_LINK, language));
    }

    /** The join link behind a short code as typed, while the team lets people in. */
    public Optional<ResumeToken> joinLinkOf(String typedCode) {
        return JoinCode.parse(typedCode).flatMap(teams::findByJoinCode).filter(TeamReader::hasProfile)
                .filter(team -> team.joinOpen() && team.lockedAt() == null)
                .flatMap(team -> ResumeToken.parse(team.joinToken()));
    }

    private Invitation add(TeamRecord team, OpenAssessment profile, String roleId, @Nullable String name,
                           @Nullable String email, JoinedBy joinedBy, String language) {
        if (profile.questionnaire().role(roleId).isEmpty()) {
            throw new TeamProblem(TeamProblem.Kind.UNKNOWN_ROLE);
        }
        AssessmentService.Started started = assessments.startFrom(profile, language, AnswerScope.role(roleId));
        long memberId = teams.insertMember(team.id(), started.assessment().id(), roleId, name, email, joinedBy,
                clock.instant());
        MemberRecord record = teams.members(team.id()).stream().filter(each -> each.id() == memberId).findFirst()
                .orElseThrow();
        return new Invitation(TeamReader.member(record, started.assessment()), started.token(), false);
    }

    /** A name as kept: cleaned, on one line, at most {@value #NAME_LIMIT} characters; none when blank. */
    static @Nullable String cleanName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = InvitationMail.oneLine(FreeText.clean(name));
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > NAME_LIMIT) {
            throw new TeamProblem(TeamProblem.Kind.NAME_TOO_LONG);
        }
        return clean;
    }

    @Transactional
    public void setJoinOpen(long teamId, boolean open) {
        teams.setJoinOpen(teamId, open, clock.instant());
    }

    /** A new personal link for a respondent who has not sent their answers; their old link stops working. */
    @Transactional
    public Optional<ResumeToken> newLink(long teamId, long memberId) {
        return memberOf(teamId, memberId).filter(member -> member.assessmentId() != null)
                .filter(member -> reader.member(member).state() != Member.State.FINISHED)
                .map(member -> assessments.renewToken(member.assessmentId()));
    }

    /**
     * Withdraws an invitation that was not started: the person's link stops working and they no longer count.
     * Refused (false) once they have answered anything.
     */
    @Transactional
    public boolean withdraw(long teamId, long memberId) {
        Optional<MemberRecord> found = memberOf(teamId, memberId);
        if (found.isEmpty() || !reader.member(found.get()).mayBeWithdrawn()) {
            return false;
        }
        teams.deleteMember(memberId);
        if (found.get().assessmentId() != null) {
            assessments.delete(found.get().assessmentId());
        }
        teams.touch(teamId, clock.instant());
        return true;
    }

    private Optional<MemberRecord> memberOf(long teamId, long memberId) {
        return teams.members(teamId).stream().filter(member -> member.id() == memberId).findFirst();
    }

    /** The team a respondent's assessment belongs to, with the respondent. */
    public Optional<TeamMembership> membershipOf(long assessmentId) {
        return teams.memberByAssessment(assessmentId).flatMap(record -> reader.record(record.teamId())
                .map(team -> new TeamMembership(Team.of(team), reader.member(record))));
    }

    /**
     * A respondent takes their sent answers back to change them, unless the team is locked: they are answering
     * again, and the team page says so at once.
     */
    @Transactional
    public boolean takeBack(long assessmentId) {
        Optional<TeamMembership> membership = membershipOf(assessmentId);
        if (membership.isEmpty() || membership.get().team().isLocked()
                || membership.get().member().state() != Member.State.FINISHED) {
            return false;
        }
        teams.markTakenBack(membership.get().member().id(), clock.instant());
        teams.touch(membership.get().team().id(), clock.instant());
        return assessments.reopen(assessmentId);
    }

    /** Someone to invite: their role, and their name and email if given. */
    public record Invitee(String roleId, @Nullable String name, @Nullable String email) {
    }

    /** A respondent and their team. */
    public record TeamMembership(Team team, Member member) {
    }
}
