package org.readiness.assessment;

import org.readiness.questionnaire.answer.AnswerScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL for assessments, answers and stored definitions. Answers are written one row at a time (not as a whole
 * aggregate), so two tabs answering different questions never overwrite each other.
 */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void storeDefinitionIfAbsent(String contentHash, String questionnaireId, String version, String content,
                                 Instant at) {
        boolean stored = jdbc.sql("SELECT COUNT(*) FROM questionnaire_definition WHERE content_hash = ?")
                .param(contentHash).query(Integer.class).single() > 0;
        if (!stored) {
            try {
                jdbc.sql("INSERT INTO questionnaire_definition (content_hash, questionnaire_id, version, content, stored_at)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(contentHash, questionnaireId, version, content, timestamp(at))
                        .update();
            } catch (DuplicateKeyException storedMeanwhile) {
                // Another instance stored the same definition at the same moment: the same content, so all is well.
            }
        }
    }

    Optional<String> definition(String contentHash) {
        return jdbc.sql("SELECT content FROM questionnaire_definition WHERE content_hash = ?")
                .param(contentHash).query(String.class).optional();
    }

    long insert(String tokenHash, String questionnaireId, String contentHash, String language, AnswerScope scope,
                Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assessment (token_hash, token_prefix, questionnaire_id, content_hash, language,"
                        + " answer_scope, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(tokenHash, prefix(tokenHash), questionnaireId, contentHash, language,
                        scope.equals(AnswerScope.WHOLE) ? null : scope.code(), timestamp(at), timestamp(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<AssessmentRecord> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM assessment WHERE token_prefix = ? AND token_hash = ?")
                .params(prefix(tokenHash), tokenHash)
                .query(AssessmentRepository::assessment).optional();
    }

    Optional<AssessmentRecord> findById(long id) {
        return jdbc.sql("SELECT * FROM assessment WHERE id = ?").param(id)
                .query(AssessmentRepository::assessment).optional();
    }

    List<AnswerRecord> answers(long assessmentId) {
        return jdbc.sql("SELECT question_id, answer_json, revision, answered_at FROM answer WHERE assessment_id = ?"
                        + " ORDER BY answered_at, question_id")
                .param(assessmentId)
                .query((rs, row) -> new AnswerRecord(rs.getString("question_id"), rs.getString("answer_json"),
                        rs.getInt("revision"), instant(rs, "answered_at")))
                .list();
    }

    Optional<AnswerRecord> answer(long assessmentId, String questionId) {
        return jdbc.sql("SELECT question_id, answer_json, revision, answered_at FROM answer"
                        + " WHERE assessment_id = ? AND question_id = ?")
                .params(assessmentId, questionId)
                .query((rs, row) -> new AnswerRecord(rs.getString("question_id"), rs.getString("answer_json"),
                        rs.getInt("revision"), instant(rs, "answered_at")))
                .optional();
    }

    /**
     * Writes an answer when the stored one is still at {@code expectedRevision} (0: none stored yet).
     * Returns the new revision, or empty when another tab got there first.
     */
    Optional<Integer> saveAnswer(long assessmentId, String questionId, String answerJson, int expectedRevision,
                                 Instant at) {
        if (expectedRevision == 0) {
            // Insert only where no row exists: a failed insert would abort the whole transaction on PostgreSQL.
            int inserted = jdbc.sql("INSERT INTO answer (assessment_id, question_id, answer_json, revision, answered_at)"
                            + " SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(1000000)), 1,"
                            + " CAST(? AS TIMESTAMP WITH TIME ZONE)"
                            + " WHERE NOT EXISTS (SELECT 1 FROM answer WHERE assessment_id = ? AND question_id = ?)")
                    .params(assessmentId, questionId, answerJson, timestamp(at), assessmentId, questionId)
                    .update();
            return inserted == 1 ? Optional.of(1) : Optional.empty();
        }
        int updated = jdbc.sql("UPDATE answer SET answer_json = ?, revision = revision + 1, answered_at = ?"
                        + " WHERE assessment_id = ? AND question_id = ? AND revision = ?")
                .params(answerJson, timestamp(at), assessmentId, questionId, expectedRevision)
                .update();
        return updated == 1 ? Optional.of(expectedRevision + 1) : Optional.empty();
    }

    boolean deleteAnswer(long assessmentId, String questionId, int expectedRevision) {
        return jdbc.sql("DELETE FROM answer WHERE assessment_id = ? AND question_id = ? AND revision = ?")
                .params(assessmentId, questionId, expectedRevision).update() == 1;
    }

    void deleteAnswers(long assessmentId, List<String> questionIds) {
        for (String questionId : questionIds) {
            jdbc.sql("DELETE FROM answer WHERE assessment_id = ? AND question_id = ?")
                    .params(assessmentId, questionId).update();
        }
    }

    void updateTokenHash(long assessmentId, String tokenHash, Instant at) {
        jdbc.sql("UPDATE assessment SET token_hash = ?, token_prefix = ?, updated_at = ? WHERE id = ?")
                .params(tokenHash, prefix(tokenHash), timestamp(at), assessmentId).update();
    }

    void touch(long assessmentId, Instant at) {
        jdbc.sql("UPDATE assessment SET updated_at = ? WHERE id = ?").params(timestamp(at), assessmentId).update();
    }

    void updateStep(long assessmentId, String stepId, Instant at) {
        jdbc.sql("UPDATE assessment SET current_step = ?, updated_at = ? WHERE id = ?")
                .params(stepId, timestamp(at), assessmentId).update();
    }

    void updateLanguage(long assessmentId, String language, Instant at) {
        jdbc.sql("UPDATE assessment SET language = ?, updated_at = ? WHERE id = ?")
                .params(language, timestamp(at), assessmentId).update();
    }

    void updateOrganisation(long assessmentId, String organisation, Instant at) {
        jdbc.sql("UPDATE assessment SET organisation = ?, updated_at = ? WHERE id = ?")
                .params(organisation, timestamp(at), assessmentId).update();
    }

    void updateDefinition(long assessmentId, String contentHash, Instant at) {
        jdbc.sql("UPDATE assessment SET content_hash = ?, updated_at = ? WHERE id = ?")
                .params(contentHash, timestamp(at), assessmentId).update();
    }

    void finish(long assessmentId, Instant at) {
        jdbc.sql("UPDATE assessment SET state = 'FINISHED', finished_at = COALESCE(finished_at, ?), updated_at = ?"
                        + " WHERE id = ?")
                .params(timestamp(at), timestamp(at), assessmentId).update();
    }

    /** A finished assessment back to a draft (a team's respondent takes their sent answers back). */
    boolean reopen(long assessmentId, Instant at) {
        return jdbc.sql("UPDATE assessment SET state = 'DRAFT', finished_at = NULL, updated_at = ? WHERE id = ?"
                        + " AND state = 'FINISHED'")
                .params(timestamp(at), assessmentId).update() == 1;
    }

    boolean delete(long assessmentId) {
        return jdbc.sql("DELETE FROM assessment WHERE id = ?").param(assessmentId).update() == 1;
    }

    int deleteDraftsUntouchedSince(Instant cutoff) {
        return jdbc.sql("DELETE FROM assessment WHERE state = 'DRAFT' AND updated_at < ?")
                .param(timestamp(cutoff)).update();
    }

    Map<String, String> notes(long assessmentId) {
        Map<String, String> notes = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, note FROM assessment_note WHERE assessment_id = ? ORDER BY question_id")
                .param(assessmentId)
                .query(rs -> {
                    notes.put(rs.getString("question_id"), rs.getString("note"));
                });
        return notes;
    }

    /** Stores a note, or removes it when blank; the last writer wins, as in a shared document. */
    void saveNote(long assessmentId, String questionId, String note, Instant at) {
        if (note.isBlank()) {
            jdbc.sql("DELETE FROM assessment_note WHERE assessment_id = ? AND question_id = ?")
                    .params(assessmentId, questionId).update();
            return;
        }
        int updated = jdbc.sql("UPDATE assessment_note SET note = ?, updated_at = ? WHERE assessment_id = ? AND question_id = ?")
                .params(note, timestamp(at), assessmentId, questionId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO assessment_note (assessment_id, question_id, note, updated_at)"
                            + " SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(20000)),"
                            + " CAST(? AS TIMESTAMP WITH TIME ZONE)"
                            + " WHERE NOT EXISTS (SELECT 1 FROM assessment_note WHERE assessment_id = ? AND question_id = ?)")
                    .params(assessmentId, questionId, note, timestamp(at), assessmentId, questionId).update();
        }
    }

    void attachToClient(long assessmentId, long clientId, Instant at) {
        jdbc.sql("UPDATE assessment SET client_id = ?, attached_at = ? WHERE id = ?")
                .params(clientId, timestamp(at), assessmentId).update();
    }

    /** The finished assessments of a questionnaire, newest first, at most the 5,000 latest. */
    List<AssessmentRecord> finishedOf(String questionnaireId) {
        return jdbc.sql("SELECT * FROM assessment WHERE questionnaire_id = ? AND state = 'FINISHED'"
                        + " ORDER BY finished_at DESC, id DESC")
                .param(questionnaireId).query(AssessmentRepository::assessment).stream().limit(5_000).toList();
    }

    List<AssessmentRecord> byClient(long clientId) {
        return jdbc.sql("SELECT * FROM assessment WHERE client_id = ? ORDER BY created_at, id").param(clientId)
                .query(AssessmentRepository::assessment).list();
    }

    static AssessmentRecord assessment(ResultSet rs, int row) throws SQLException {
        return new AssessmentRecord(rs.getLong("id"), rs.getString("questionnaire_id"),
                rs.getString("content_hash").trim(), rs.getString("language"),
                AssessmentState.valueOf(rs.getString("state")), rs.getString("current_step"),
                rs.getString("organisation"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "finished_at"), (Long) rs.getObject("client_id", Long.class),
                AnswerScope.ofCode(rs.getString("answer_scope")));
    }

    /**
     * What the index of resume links holds: 16 bits of the token's hash, too few to tell a deleted link apart, since
     * an index keeps deleted keys in its inner pages (see V6__deleted_assessments.sql).
     */
    private static String prefix(String tokenHash) {
        return tokenHash.substring(0, 4);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Instants go to the database in UTC, the same for H2 and PostgreSQL whatever the server's zone. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
