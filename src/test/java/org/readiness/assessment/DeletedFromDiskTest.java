package org.readiness.assessment;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.answer.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** A deleted assessment leaves the embedded database's file, not only its tables, once the compaction has run. */
@SpringBootTest
class DeletedFromDiskTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AnswerService answers;

    @Autowired
    DeletionCompaction compaction;

    @Value("${readiness.data.dir}")
    Path dataDir;

    @Test
    void a_deleted_token_hash_its_answers_notes_and_organisation_are_gone_from_the_file_after_the_compaction()
            throws Exception {
        String unique = UUID.randomUUID().toString();
        AssessmentService.Started deleted = assessments.start("scoring-fixture", "en");
        long id = deleted.assessment().id();
        answers.save(id, "goal", Answer.text("Deleted goal " + unique), 0);
        answers.save(id, "owner", answer("yes"), 0);
        answers.saveNote(id, "owner", "Deleted note " + unique);
        assessments.setOrganisation(id, "Deleted organisation " + unique);
        AssessmentService.Started kept = assessments.start("scoring-fixture", "en");
        answers.save(kept.assessment().id(), "goal", Answer.text("Kept goal " + unique), 0);
        List<String> traces = List.of(deleted.token().hash(), "Deleted goal " + unique, "Deleted note " + unique,
                "Deleted organisation " + unique);
        assertThat(traces).as("on disk before the deletion").allSatisfy(trace -> assertThat(inFile(trace)).isTrue());

        assertThat(assessments.delete(deleted.token())).isTrue();
        compaction.compactAfterDeletions();

        assertThat(traces).as("on disk after the deletion and the compaction").allSatisfy(trace ->
                assertThat(inFile(trace)).as(trace).isFalse());
        assertThat(inFile(kept.token().hash())).isTrue();
        assertThat(assessments.find(kept.token()).orElseThrow().answers().get("goal"))
                .contains(Answer.text("Kept goal " + unique));
        assertThat(assessments.find(deleted.token())).isEmpty();
    }

    private boolean inFile(String text) throws Exception {
        byte[] file = Files.readAllBytes(dataDir.resolve("readiness.mv.db"));
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        for (int start = 0; start <= file.length - wanted.length; start++) {
            int matched = 0;
            while (matched < wanted.length && file[start + matched] == wanted[matched]) {
                matched++;
            }
            if (matched == wanted.length) {
                return true;
            }
        }
        return false;
    }
}
