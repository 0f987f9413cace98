package org.readiness.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL that reads several assessments at once, for {@link AssessmentBatch}. */
@Repository
class AssessmentBatchRepository {

    private final JdbcClient jdbc;

    AssessmentBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Several assessments with their answers, in one query (a team's respondents): each assessment found, in the
     * order of {@code ids}, with its answers in the order given.
     */
    Map<AssessmentRecord, List<AnswerRecord>> withAnswers(Collection<Long> ids) {
        Map<Long, AssessmentRecord> records = new LinkedHashMap<>();
        Map<Long, List<AnswerRecord>> answers = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String list = String.join(",", ids.stream().map(id -> "?").toList());
        jdbc.sql("SELECT a.*, w.question_id AS w_question_id, w.answer_json AS w_answer_json, w.revision AS w_revision,"
                        + " w.answered_at AS w_answered_at FROM assessment a LEFT JOIN answer w ON w.assessment_id = a.id"
                        + " WHERE a.id IN (" + list + ") ORDER BY a.id, w.answered_at, w.question_id")
                .params(List.copyOf(ids))
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!records.containsKey(id)) {
                        records.put(id, AssessmentRepository.assessment(rs, 0));
                        answers.put(id, new ArrayList<>());
                    }
                    if (rs.getString("w_question_id") != null) {
                        answers.get(id).add(new AnswerRecord(rs.getString("w_question_id"),
                                rs.getString("w_answer_json"), rs.getInt("w_revision"),
                                AssessmentRepository.instant(rs, "w_answered_at")));
                    }
                });
        Map<AssessmentRecord, List<AnswerRecord>> found = new LinkedHashMap<>();
        ids.stream().filter(records::containsKey).distinct()
                .forEach(id -> found.put(records.get(id), answers.get(id)));
        return found;
    }
}
