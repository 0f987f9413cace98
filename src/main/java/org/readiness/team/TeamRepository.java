package org.readiness.team;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for team assessments and their respondents. */
@Repository
class TeamRepository {

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertTeam(String coordinatorHash, String joinToken, String joinCode, long profileAssessmentId,
                    Long clientId, Long previousTeamId, boolean anonymous, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team_assessment (coordinator_token_hash, join_token, join_code, join_open,"
                        + " profile_assessment_id, client_id, previous_team_id, anonymous, created_at, updated_at)"
                        + " VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)")
                .params(coordinatorHash, joinToken, joinCode, profileAssessmentId, clientId, previousTeamId, anonymous,
                        utc(at), utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<TeamRecord> findByJoinCode(String code) {
        return jdbc.sql("SELECT * FROM team_assessment WHERE join_code = ?").param(code)
                .query(TeamRepository::team).optional();
    }

    boolean joinCodeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM team_assessment WHERE join_code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    void setJoinCode(long id, String code) {
        jdbc.sql("UPDATE team_assessment SET join_code = ? WHERE id = ? AND join_code IS NULL").params(code, id)
                .update();
    }

    /** Locks the team, or unlocks it (and hides the result again): {@code lockedAt} null. */
    void setLocked(long id, Instant lockedAt, Instant at) {
        jdbc.sql("UPDATE team_assessment SET locked_at = ?, revealed_at = NULL, updated_at = ? WHERE id = ?")
                .params(lockedAt == null ? null : utc(lockedAt), utc(at), id).update();
    }

    /** Reveals the result of a locked team; nothing for one that is not locked. */
    boolean reveal(long id, Instant at) {
        return jdbc.sql("UPDATE team_assessment SET revealed_at = ?, updated_at = ? WHERE id = ?"
                        + " AND locked_at IS NOT NULL")
                .params(utc(at), utc(at), id).update() == 1;
    }

    /** Whether the team of a respondent's assessment is locked; empty when the assessment is no respondent's. */
    Optional<Boolean> lockedByRespondent(long assessmentId) {
        return jdbc.sql("SELECT t.locked_at FROM team_respondent r JOIN team_assessment t ON t.id = r.team_id"
                        + " WHERE r.assessment_id = ?").param(assessmentId)
                .query((rs, row) -> rs.getObject("locked_at") != null).optional();
    }

    /** Whether the team whose company profile this is is locked; empty when it is no team's profile. */
    Optional<Boolean> lockedByProfile(long assessmentId) {
        return jdbc.sql("SELECT locked_at FROM team_assessment WHERE profile_assessment_id = ?").param(assessmentId)
                .query((rs, row) -> rs.getObject("locked_at") != null).optional();
    }

    Optional<TeamRecord> findById(long id) {
        return jdbc.sql("SELECT * FROM team_assessment WHERE id = ?").param(id).query(TeamRepository::team).optional();
    }

    Optional<TeamRecord> findByCoordinatorHash(String hash) {
        return jdbc.sql("SELECT * FROM team_assessment WHERE coordinator_token_hash = ?").param(hash)
                .query(TeamRepository::team).optional();
    }

    Optional<TeamRecord> findByJoinToken(String token) {
        return jdbc.sql("SELECT * FROM team_assessment WHERE join_token = ?").param(token)
                .query(TeamRepository::team).optional();
    }

    List<TeamRecord> byClient(long clientId) {
        return jdbc.sql("SELECT * FROM team_assessment WHERE client_id = ? ORDER BY created_at, id").param(clientId)
                .query(TeamRepository::team).list();
    }

    List<Long> withoutProfile() {
        return jdbc.sql("SELECT id FROM team_assessment WHERE profile_assessment_id IS NULL").query(Long.class).list();
    }

    void setJoinOpen(long id, boolean open, Instant at) {
        jdbc.sql("UPDATE team_assessment SET join_open = ?, updated_at = ? WHERE id = ?").params(open, utc(at), id)
                .update();
    }

    void touch(long id, Instant at) {
        jdbc.sql("UPDATE team_assessment SET updated_at = ? WHERE id = ?").params(utc(at), id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM team_assessment WHERE id = ?").param(id).update() == 1;
    }

    long insertMember(long teamId, long assessmentId, String roleId, String name, String email, JoinedBy joinedBy,
                      Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team_respondent (team_id, assessment_id, role_id, name, email, joined_by, invited_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(teamId, assessmentId, roleId, name, email, joinedBy.name(), utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<MemberRecord> members(long teamId) {
        return jdbc.sql("SELECT * FROM team_respondent WHERE team_id = ? ORDER BY invited_at, id").param(teamId)
                .query(TeamRepository::member).list();
    }

    Optional<MemberRecord> memberByAssessment(long assessmentId) {
        return jdbc.sql("SELECT * FROM team_respondent WHERE assessment_id = ?").param(assessmentId)
                .query(TeamRepository::member).optional();
    }

    /** How many people were invited to (or joined) the team since then. */
    int invitedSince(long teamId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM team_respondent WHERE team_id = ? AND invited_at > ?")
                .params(teamId, utc(since)).query(Long.class).single().intValue();
    }

    /** The oldest invitation since then, whose hour ends first. */
    Optional<Instant> firstInvitedSince(long teamId, Instant since) {
        return jdbc.sql("SELECT MIN(invited_at) AS first FROM team_respondent WHERE team_id = ? AND invited_at > ?")
                .params(teamId, utc(since)).query((rs, row) -> instant(rs, "first")).optional();
    }

    void deleteMember(long memberId) {
        jdbc.sql("DELETE FROM team_respondent WHERE id = ?").param(memberId).update();
    }

    void markTakenBack(long memberId, Instant at) {
        jdbc.sql("UPDATE team_respondent SET taken_back_at = ? WHERE id = ?").params(utc(at), memberId).update();
    }

    /** Respondents whose answers are deleted keep their role and nothing else: no name, no address. */
    void forgetWhoDeleted() {
        jdbc.sql("UPDATE team_respondent SET name = NULL, email = NULL WHERE assessment_id IS NULL"
                + " AND (name IS NOT NULL OR email IS NOT NULL)").update();
    }

    void markEmailSent(long memberId, Instant at) {
        jdbc.sql("UPDATE team_respondent SET email_sent_at = ? WHERE id = ?").params(utc(at), memberId).update();
    }

    /**
     * A mark of each team's state as stored: it changes whenever a respondent joins, answers, finishes or leaves,
     * or the team itself changes. Read for many teams at once by the watch that keeps team pages up to date.
     */
    Map<Long, String> marks(Collection<Long> teamIds) {
        Map<Long, String> marks = new LinkedHashMap<>();
        if (teamIds.isEmpty()) {
            return marks;
        }
        String ids = String.join(",", teamIds.stream().map(String::valueOf).toList());
        jdbc.sql("SELECT t.id, t.updated_at, COUNT(r.id) AS members, COUNT(a.id) AS answering,"
                        + " MAX(a.updated_at) AS last_answer, MAX(p.updated_at) AS profile"
                        + " FROM team_assessment t LEFT JOIN team_respondent r ON r.team_id = t.id"
                        + " LEFT JOIN assessment a ON a.id = r.assessment_id"
                        + " LEFT JOIN assessment p ON p.id = t.profile_assessment_id"
                        + " WHERE t.id IN (" + ids + ") GROUP BY t.id, t.updated_at")
                .query(rs -> {
                    marks.put(rs.getLong("id"), rs.getObject("updated_at") + "|" + rs.getLong("members") + "|"
                            + rs.getLong("answering") + "|" + rs.getObject("last_answer") + "|"
                            + rs.getObject("profile"));
                });
        return marks;
    }

    private static TeamRecord team(ResultSet rs, int row) throws SQLException {
        return new TeamRecord(rs.getLong("id"), rs.getString("join_token"), rs.getBoolean("join_open"),
                rs.getObject("profile_assessment_id", Long.class), rs.getObject("client_id", Long.class),
                rs.getObject("previous_team_id", Long.class), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getBoolean("anonymous"), rs.getString("join_code"), instant(rs, "locked_at"),
                instant(rs, "revealed_at"));
    }

    private static MemberRecord member(ResultSet rs, int row) throws SQLException {
        return new MemberRecord(rs.getLong("id"), rs.getLong("team_id"), rs.getObject("assessment_id", Long.class),
                rs.getString("role_id"), rs.getString("name"), rs.getString("email"),
                JoinedBy.valueOf(rs.getString("joined_by")), instant(rs, "invited_at"), instant(rs, "email_sent_at"),
                instant(rs, "taken_back_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
