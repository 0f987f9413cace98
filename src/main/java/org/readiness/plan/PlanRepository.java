package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The plan tables, row by row: a change to one action or one cell never rewrites another's. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(@Nullable Long assessmentId, @Nullable Long teamId, @Nullable Long clientId,
                @Nullable Long previousPlanId, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO plan (assessment_id, team_id, client_id, previous_plan_id, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(assessmentId, teamId, clientId, previousPlanId, utc(at), utc(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredPlan> find(long id) {
        return jdbc.sql("SELECT * FROM plan WHERE id = ?").param(id).query(this::plan).optional();
    }

    Optional<Long> byAssessment(long assessmentId) {
        return jdbc.sql("SELECT id FROM plan WHERE assessment_id = ?").param(assessmentId).query(Long.class).optional();
    }

    Optional<Long> byTeam(long teamId) {
        return jdbc.sql("SELECT id FROM plan WHERE team_id = ?").param(teamId).query(Long.class).optional();
    }

    /** The client's plans, oldest first. */
    List<Long> byClient(long clientId) {
        return jdbc.sql("SELECT id FROM plan WHERE client_id = ? ORDER BY created_at, id").param(clientId)
                .query(Long.class).list();
    }

    /** A merchant's new assessment, taken again from this plan. */
    void followUp(long assessmentId, long previousPlanId) {
        jdbc.sql("INSERT INTO plan_follow_up (assessment_id, previous_plan_id) VALUES (?, ?)")
                .params(assessmentId, previousPlanId).update();
    }

    /** The plan an assessment was taken again from, if it was. */
    Optional<Long> followedPlan(long assessmentId) {
        return jdbc.sql("SELECT previous_plan_id FROM plan_follow_up WHERE assessment_id = ?").param(assessmentId)
                .query(Long.class).optional();
    }

    void touch(long planId, Instant at) {
        jdbc.sql("UPDATE plan SET updated_at = ? WHERE id = ?").params(utc(at), planId).update();
    }

    void setRhythm(long planId, @Nullable Rhythm rhythm, Instant at) {
        jdbc.sql("UPDATE plan SET rhythm_weeks = ?, first_meeting = ?, meeting_minutes = ?, time_zone = ?,"
                        + " updated_at = ? WHERE id = ?")
                .params(rhythm == null ? null : rhythm.weeks(),
                        rhythm == null ? null : rhythm.firstMeeting().toOffsetDateTime(),
                        rhythm == null ? null : rhythm.minutes(), rhythm == null ? null : rhythm.zone().getId(),
                        utc(at), planId)
                .update();
    }

    void insertAction(long planId, PlannedAction action, Instant at) {
        jdbc.sql("INSERT INTO plan_action (plan_id, action_id, position, owner_name, owner_role, due_date, status,"
                        + " notes, done_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, action.actionId(), action.position(), action.ownerName(), action.ownerRole(),
                        date(action.due()), action.status().name(), action.notes(),
                        action.doneAt() == null ? null : utc(action.doneAt()), utc(at))
                .update();
    }

    void updateAction(long planId, PlannedAction action, Instant at) {
        jdbc.sql("UPDATE plan_action SET owner_name = ?, owner_role = ?, due_date = ?, status = ?, notes = ?,"
                        + " done_at = ?, updated_at = ? WHERE plan_id = ? AND action_id = ?")
                .params(action.ownerName(), action.ownerRole(), date(action.due()), action.status().name(),
                        action.notes(), action.doneAt() == null ? null : utc(action.doneAt()), utc(at), planId,
                        action.actionId())
                .update();
    }

    void deleteAction(long planId, String actionId) {
        jdbc.sql("DELETE FROM plan_action WHERE plan_id = ? AND action_id = ?").params(planId, actionId).update();
        jdbc.sql("DELETE FROM plan_raci WHERE plan_id = ? AND row_key = ?")
                .params(planId, RaciRows.ofAction(actionId)).update();
    }

    long insertPerson(long planId, int position, String name, @Nullable String roleId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO plan_person (plan_id, position, name, role_id) VALUES (?, ?, ?, ?)")
                .params(planId, position, name, roleId).update(keys, "id");
        return keys.getKey().longValue();
    }

    void renamePerson(long planId, long personId, String name) {
        jdbc.sql("UPDATE plan_person SET name = ? WHERE plan_id = ? AND id = ?").params(name, planId, personId)
                .update();
    }

    void deletePerson(long planId, long personId) {
        jdbc.sql("DELETE FROM plan_person WHERE plan_id = ? AND id = ?").params(planId, personId).update();
    }

    /** Sets one cell; a null letter empties it. */
    void setCell(long planId, String rowKey, long personId, @Nullable Raci letter) {
        jdbc.sql("DELETE FROM plan_raci WHERE plan_id = ? AND row_key = ? AND person_id = ?")
                .params(planId, rowKey, personId).update();
        if (letter != null) {
            jdbc.sql("INSERT INTO plan_raci (plan_id, row_key, person_id, letter) VALUES (?, ?, ?, ?)")
                    .params(planId, rowKey, personId, letter.name()).update();
        }
    }

    List<Checkpoint> checkpoints(long planId) {
        return jdbc.sql("SELECT * FROM plan_checkpoint WHERE plan_id = ? ORDER BY held_on").param(planId)
                .query((rs, row) -> new Checkpoint(rs.getObject("held_on", LocalDate.class), rs.getString("notes"),
                        rs.getString("decisions"), instant(rs, "updated_at"))).list();
    }

    /** Stores one of a checkpoint's texts ({@code notes} or {@code decisions}), making the checkpoint if need be. */
    void saveCheckpointText(long planId, LocalDate heldOn, boolean decisions, String text, Instant at) {
        String column = decisions ? "decisions" : "notes";
        int updated = jdbc.sql("UPDATE plan_checkpoint SET " + column + " = ?, updated_at = ? WHERE plan_id = ?"
                + " AND held_on = ?").params(text, utc(at), planId, heldOn).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO plan_checkpoint (plan_id, held_on, " + column + ", updated_at) VALUES (?, ?, ?, ?)")
                    .params(planId, heldOn, text, utc(at)).update();
        }
    }

    private StoredPlan plan(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new StoredPlan(id, (Long) rs.getObject("assessment_id", Long.class),
                rs.getObject("team_id", Long.class), rs.getObject("client_id", Long.class),
                rs.getObject("previous_plan_id", Long.class), rhythm(rs), actions(id), people(id), cells(id),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static @Nullable Rhythm rhythm(ResultSet rs) throws SQLException {
        Integer weeks = rs.getObject("rhythm_weeks", Integer.class);
        OffsetDateTime first = rs.getObject("first_meeting", OffsetDateTime.class);
        if (weeks == null || first == null) {
            return null;
        }
        return new Rhythm(weeks, first.atZoneSameInstant(ZoneId.of(rs.getString("time_zone"))),
                rs.getInt("meeting_minutes"));
    }

    private List<PlannedAction> actions(long planId) {
        return jdbc.sql("SELECT * FROM plan_action WHERE plan_id = ? ORDER BY position, action_id").param(planId)
                .query((rs, row) -> new PlannedAction(rs.getString("action_id"), rs.getInt("position"),
                        rs.getString("owner_name"), rs.getString("owner_role"), rs.getObject("due_date", LocalDate.class),
                        Status.valueOf(rs.getString("status")), rs.getString("notes"),
                        rs.getObject("done_at") == null ? null : instant(rs, "done_at"))).list();
    }

    private List<Person> people(long planId) {
        return jdbc.sql("SELECT * FROM plan_person WHERE plan_id = ? ORDER BY position, id").param(planId)
                .query((rs, row) -> new Person(rs.getLong("id"), rs.getString("name"), rs.getString("role_id"))).list();
    }

    private List<RaciCell> cells(long planId) {
        return jdbc.sql("SELECT * FROM plan_raci WHERE plan_id = ?").param(planId)
                .query((rs, row) -> new RaciCell(rs.getString("row_key"), rs.getLong("person_id"),
                        Raci.of(rs.getString("letter").charAt(0)))).list();
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
