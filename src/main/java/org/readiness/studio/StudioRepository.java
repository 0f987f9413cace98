package org.readiness.studio;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** SQL for drafts and published versions. A draft is saved only when the save is based on its latest revision. */
@Repository
class StudioRepository {

    private final JdbcClient jdbc;

    StudioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(String questionnaireId, String source, String content, String textDates, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO studio_draft (questionnaire_id, source, content, text_dates, revision, created_by,"
                        + " created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)")
                .params(questionnaireId, source, content, textDates, by, timestamp(at), by, timestamp(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Saves when the stored draft is still at {@code expectedRevision}; false when another save came first. */
    boolean updateDraft(long id, int expectedRevision, String questionnaireId, String content, String textDates,
                        String by, Instant at) {
        return jdbc.sql("UPDATE studio_draft SET questionnaire_id = ?, content = ?, text_dates = ?,"
                        + " revision = revision + 1, updated_by = ?, updated_at = ? WHERE id = ? AND revision = ?")
                .params(questionnaireId, content, textDates, by, timestamp(at), id, expectedRevision)
                .update() == 1;
    }

    Optional<Draft> draft(long id) {
        return jdbc.sql("SELECT * FROM studio_draft WHERE id = ?").param(id).query(StudioRepository::draft).optional();
    }

    List<Draft> drafts() {
        return jdbc.sql("SELECT * FROM studio_draft ORDER BY updated_at DESC, id DESC")
                .query(StudioRepository::draft).list();
    }

    boolean deleteDraft(long id) {
        return jdbc.sql("DELETE FROM studio_draft WHERE id = ?").param(id).update() == 1;
    }

    void insertVersion(String questionnaireId, String version, String contentHash, String content,
                       PublishedVersion.ChangeKind kind, String by, Instant at) {
        jdbc.sql("INSERT INTO questionnaire_version (questionnaire_id, version, content_hash, content, change_kind,"
                        + " published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(questionnaireId, version, contentHash, content, kind.name(), by, timestamp(at))
                .update();
    }

    List<PublishedVersion> versions() {
        return jdbc.sql("SELECT * FROM questionnaire_version ORDER BY questionnaire_id, id DESC")
                .query(StudioRepository::version).list();
    }

    Optional<PublishedVersion> version(long id) {
        return jdbc.sql("SELECT * FROM questionnaire_version WHERE id = ?").param(id)
                .query(StudioRepository::version).optional();
    }

    /** The newest published version of each questionnaire: the latest published, as versions only go up. */
    List<PublishedVersion> newestVersions() {
        return jdbc.sql("SELECT * FROM questionnaire_version WHERE id IN"
                        + " (SELECT MAX(id) FROM questionnaire_version GROUP BY questionnaire_id) ORDER BY questionnaire_id")
                .query(StudioRepository::version).list();
    }

    /**
     * Changes whenever a version is published: how many there are and the highest id (the count, too, as a
     * transaction that took a lower id may commit after one that took a higher).
     */
    String versionMarker() {
        return jdbc.sql("SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) FROM questionnaire_version")
                .query(String.class).single();
    }

    /** Each stored definition an assessment was answered under: id, version and content hash. */
    List<StoredDefinition> storedDefinitions() {
        return jdbc.sql("SELECT content_hash, questionnaire_id, version, stored_at FROM questionnaire_definition"
                        + " ORDER BY questionnaire_id, stored_at")
                .query((rs, row) -> new StoredDefinition(rs.getString("content_hash").trim(),
                        rs.getString("questionnaire_id"), rs.getString("version"), instant(rs, "stored_at")))
                .list();
    }

    Optional<String> storedDefinition(String contentHash) {
        return jdbc.sql("SELECT content FROM questionnaire_definition WHERE content_hash = ?").param(contentHash)
                .query(String.class).optional();
    }

    record StoredDefinition(String contentHash, String questionnaireId, String version, Instant storedAt) {
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        return new Draft(rs.getLong("id"), rs.getString("questionnaire_id"), rs.getString("source"),
                rs.getString("content"), TextDates.fromJson(rs.getString("text_dates")), rs.getInt("revision"),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getString("updated_by"),
                instant(rs, "updated_at"));
    }

    private static PublishedVersion version(ResultSet rs, int row) throws SQLException {
        return new PublishedVersion(rs.getLong("id"), rs.getString("questionnaire_id"), rs.getString("version"),
                rs.getString("content_hash").trim(), rs.getString("content"),
                PublishedVersion.ChangeKind.valueOf(rs.getString("change_kind")), rs.getString("published_by"),
                instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
