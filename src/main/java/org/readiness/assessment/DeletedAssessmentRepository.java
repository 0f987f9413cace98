package org.readiness.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** SQL for what is left of a client's deleted assessments (see {@link DeletedAssessment}). */
@Repository
class DeletedAssessmentRepository {

    private static final String RECORD = "INSERT INTO deleted_assessment (assessment_id, client_id, started_at,"
            + " attached_at, deleted_at, deleted_by) SELECT id, client_id, created_at, attached_at,"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(16)) FROM assessment";

    private final JdbcClient jdbc;

    DeletedAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps what the client's page says of an assessment about to be deleted; nothing for one without a client. */
    void record(long assessmentId, DeletedAssessment.DeletedBy by, Instant at) {
        jdbc.sql(RECORD + " WHERE id = ? AND client_id IS NOT NULL").params(utc(at), by.name(), assessmentId).update();
    }

    /** {@link #record} for the drafts untouched since the cutoff, which the clean-up is about to delete. */
    void recordExpiredDrafts(Instant cutoff, Instant at) {
        jdbc.sql(RECORD + " WHERE state = 'DRAFT' AND updated_at < ? AND client_id IS NOT NULL")
                .params(utc(at), DeletedAssessment.DeletedBy.EXPIRY.name(), utc(cutoff)).update();
    }

    List<DeletedAssessment> ofClient(long clientId) {
        return jdbc.sql("SELECT * FROM deleted_assessment WHERE client_id = ? ORDER BY deleted_at, assessment_id")
                .param(clientId).query(DeletedAssessmentRepository::deleted).list();
    }

    Optional<DeletedAssessment> find(long assessmentId) {
        return jdbc.sql("SELECT * FROM deleted_assessment WHERE assessment_id = ?").param(assessmentId)
                .query(DeletedAssessmentRepository::deleted).optional();
    }

    private static DeletedAssessment deleted(ResultSet rs, int row) throws SQLException {
        return new DeletedAssessment(rs.getLong("assessment_id"), rs.getLong("client_id"), instant(rs, "started_at"),
                instant(rs, "attached_at"), instant(rs, "deleted_at"),
                DeletedAssessment.DeletedBy.valueOf(rs.getString("deleted_by")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Instants go to the database in UTC, the same for H2 and PostgreSQL whatever the server's zone. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
