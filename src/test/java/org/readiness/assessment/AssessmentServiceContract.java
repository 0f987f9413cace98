package org.readiness.assessment;

import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.recommendation.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** What assessment storage promises, run against each database (see the subclasses). */
abstract class AssessmentServiceContract {

    @Autowired
    AssessmentService service;

    @Autowired
    AnswerService answers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRepository repository;

    @Test
    void each_answer_is_stored_when_given_and_comes_back_through_the_resume_link() {
        AssessmentService.Started started = service.start("scoring-fixture", "sv");
        long id = started.assessment().id();

        assertThat(answers.save(id, "size", answer("large"), 0)).isEqualTo(new SaveResult.Saved(1, answer("large")));
        assertThat(answers.save(id, "platforms", answer(List.of("oms", "erp")), 0)).isInstanceOf(SaveResult.Saved.class);
        assertThat(answers.save(id, "it-people", answer(7), 0)).isInstanceOf(SaveResult.Saved.class);
        assertThat(answers.save(id, "goal", Answer.text("Grow <fast> & \"well\""), 0)).isInstanceOf(SaveResult.Saved.class);
        service.moveTo(id, "systems-step");

        OpenAssessment resumed = service.resume(started.token()).orElseThrow();
        assertThat(resumed.language()).isEqualTo("sv");
        assertThat(resumed.currentStep()).isEqualTo("systems-step");
        assertThat(resumed.answers().get("size")).contains(answer("large"));
        assertThat(resumed.answers().get("platforms")).contains(answer(List.of("oms", "erp")));
        assertThat(resumed.answers().get("it-people")).contains(answer(7));
        assertThat(resumed.answers().get("goal")).contains(Answer.text("Grow <fast> & \"well\""));
        assertThat(resumed.revisions().getOrDefault("size", 0)).isEqualTo(1);
    }

    @Test
    void hostile_text_is_stored_literally_and_control_bidirectional_and_zero_width_characters_are_dropped() {
        long id = service.start("scoring-fixture", "en").assessment().id();
        String hostile = "<script>alert('x')</script> =HYPERLINK(\"http://x\") evil \uD83D\uDE80 Łódź 東京";
        String invisible = "\u202E\u202C\u200B\uFEFF";

        answers.save(id, "goal", Answer.text(hostile + invisible + "\u0000\u0007 end\r\nline two"), 0);
        answers.saveNote(id, "owner", hostile + invisible + "\u0000");
        service.setOrganisation(id, "\u0000" + invisible + hostile);

        OpenAssessment stored = service.open(id).orElseThrow();
        assertThat(stored.answers().get("goal")).contains(Answer.text(hostile + " end\r\nline two"));
        assertThat(stored.notes()).containsEntry("owner", hostile);
        assertThat(stored.organisation()).isEqualTo(hostile);
    }

    @Test
    void text_longer_than_its_limit_is_refused_on_the_server() {
        long id = service.start("scoring-fixture", "en").assessment().id();

        assertThat(answers.save(id, "goal", Answer.text("x".repeat(201)), 0)).isInstanceOf(SaveResult.Refused.class);
        assertThat(answers.saveNote(id, "owner", "x".repeat(10_001))).isInstanceOf(SaveResult.Refused.class);
        assertThat(service.setOrganisation(id, "x".repeat(201))).isFalse();
        assertThat(answers.saveNote(id, "owner", "x".repeat(10_000))).isInstanceOf(SaveResult.Saved.class);
    }

    @Test
    void text_at_its_limit_is_stored_also_when_its_characters_lie_outside_the_bmp() {
        long id = service.start("scoring-fixture", "en").assessment().id();
        String note = "\uD83D\uDE80".repeat(AnswerService.NOTE_LIMIT);
        String organisation = "\uD83D\uDE80".repeat(OrganisationName.LIMIT);

        assertThat(answers.saveNote(id, "owner", note)).isInstanceOf(SaveResult.Saved.class);
        assertThat(service.setOrganisation(id, organisation)).isTrue();

        OpenAssessment stored = service.open(id).orElseThrow();
        assertThat(stored.notes()).containsEntry("owner", note);
        assertThat(stored.organisation()).isEqualTo(organisation);
    }

    @Test
    void answers_from_two_tabs_to_different_questions_are_both_kept() {
        long id = service.start("scoring-fixture", "en").assessment().id();
        OpenAssessment firstTab = service.open(id).orElseThrow();
        OpenAssessment secondTab = service.open(id).orElseThrow();

        answers.save(id, "owner", answer("yes"), firstTab.revisions().getOrDefault("owner", 0));
        answers.save(id, "knowledge", answer(4), secondTab.revisions().getOrDefault("knowledge", 0));

        OpenAssessment stored = service.open(id).orElseThrow();
        assertThat(stored.answers().get("owner")).contains(answer("yes"));
        assertThat(stored.answers().get("knowledge")).contains(answer(4));
    }

    @Test
    void a_second_tab_answering_the_same_question_gets_a_conflict_instead_of_overwriting() {
        long id = service.start("scoring-fixture", "en").assessment().id();
        int seenByBoth = service.open(id).orElseThrow().revisions().getOrDefault("owner", 0);

        SaveResult first = answers.save(id, "owner", answer("yes"), seenByBoth);
        SaveResult second = answers.save(id, "owner", answer("no"), seenByBoth);

        assertThat(first).isEqualTo(new SaveResult.Saved(1, answer("yes")));
        assertThat(second).isEqualTo(new SaveResult.Conflict(answer("yes"), 1));
        assertThat(service.open(id).orElseThrow().answers().get("owner")).contains(answer("yes"));
        assertThat(answers.save(id, "owner", answer("no"), 1)).isEqualTo(new SaveResult.Saved(2, answer("no")));
    }

    @Test
    void an_answer_that_does_not_fit_its_question_is_refused_and_not_stored() {
        long id = service.start("scoring-fixture", "en").assessment().id();

        assertThat(answers.save(id, "size", answer("giant"), 0)).isInstanceOf(SaveResult.Refused.class);
        assertThat(answers.save(id, "nobody", answer("x"), 0)).isInstanceOf(SaveResult.Refused.class);
        assertThat(service.open(id).orElseThrow().answers().size()).isZero();
    }

    @Test
    void a_cleared_answer_is_removed() {
        long id = service.start("scoring-fixture", "en").assessment().id();
        answers.save(id, "owner", answer("yes"), 0);

        assertThat(answers.clear(id, "owner", 1)).isEqualTo(new SaveResult.Saved(0, null));
        assertThat(service.open(id).orElseThrow().answers().has("owner")).isFalse();
    }

    @Test
    void only_a_hash_of_the_resume_token_is_stored() {
        AssessmentService.Started started = service.start("scoring-fixture", "en");

        int holdingTheToken = jdbc.sql("SELECT COUNT(*) FROM assessment WHERE token_hash LIKE ?")
                .param("%" + started.token().value() + "%").query(Integer.class).single();
        assertThat(holdingTheToken).isZero();
        assertThat(started.token().value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(started.token().toString()).doesNotContain(started.token().value());
    }

    @Test
    void an_unknown_or_deleted_token_opens_nothing() {
        AssessmentService.Started started = service.start("scoring-fixture", "en");

        assertThat(service.resume(ResumeToken.generate())).isEmpty();
        assertThat(service.delete(started.token())).isTrue();
        assertThat(service.resume(started.token())).isEmpty();
        assertThat(answers.save(started.assessment().id(), "owner", answer("yes"), 0)).isEqualTo(new SaveResult.Gone());
    }

    @Test
    void drafts_untouched_for_the_configured_days_are_deleted_and_finished_ones_kept() {
        long oldDraft = service.start("scoring-fixture", "en").assessment().id();
        long recentDraft = service.start("scoring-fixture", "en").assessment().id();
        long oldFinished = service.start("scoring-fixture", "en").assessment().id();
        service.finish(oldFinished);
        Instant longAgo = Instant.now().minus(91, ChronoUnit.DAYS);
        for (long id : List.of(oldDraft, oldFinished)) {
            jdbc.sql("UPDATE assessment SET updated_at = ? WHERE id = ?")
                    .params(longAgo.atOffset(ZoneOffset.UTC), id).update();
        }

        service.deleteStaleDrafts();

        assertThat(service.open(oldDraft)).isEmpty();
        assertThat(service.open(recentDraft)).isPresent();
        assertThat(service.open(oldFinished)).isPresent();
    }

    @Test
    void a_resume_link_finds_its_own_assessment_among_those_whose_hash_starts_alike() {
        String prefix = hex(4);
        String mine = prefix + hex(60);
        String other = prefix + hex(60);
        long mineId = repository.insert(mine, "scoring-fixture", storedDefinition(), "en", AnswerScope.WHOLE, Instant.now());
        long otherId = repository.insert(other, "scoring-fixture", storedDefinition(), "en", AnswerScope.WHOLE, Instant.now());

        assertThat(repository.findByTokenHash(mine).orElseThrow().id()).isEqualTo(mineId);
        assertThat(repository.findByTokenHash(other).orElseThrow().id()).isEqualTo(otherId);
        assertThat(repository.findByTokenHash(prefix + hex(60))).isEmpty();
    }

    private static String hex(int digits) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < digits) {
            hex.append(java.util.UUID.randomUUID().toString().replace("-", ""));
        }
        return hex.substring(0, digits);
    }

    @Test
    void a_clients_assessment_deleted_by_its_merchant_leaves_its_dates_and_nothing_of_its_content() {
        long clientId = aClient();
        AssessmentService.Started started = service.start("scoring-fixture", "en");
        long id = started.assessment().id();
        answers.save(id, "owner", answer("no"), 0);
        service.attachToClient(id, clientId);
        answers.saveNote(id, "owner", "A note that goes with it");
        long unattached = service.start("scoring-fixture", "en").assessment().id();

        assertThat(service.delete(started.token())).isTrue();
        assertThat(service.delete(unattached)).isTrue();

        DeletedAssessment left = service.deleted(id).orElseThrow();
        assertThat(left.clientId()).isEqualTo(clientId);
        assertThat(left.deletedBy()).isEqualTo(DeletedAssessment.DeletedBy.MERCHANT);
        assertThat(left.startedAt()).isEqualTo(started.assessment().createdAt());
        assertThat(left.attachedAt()).isNotNull().isBetween(left.startedAt(), left.deletedAt());
        assertThat(service.deletedOfClient(clientId)).containsExactly(left);
        assertThat(service.deleted(unattached)).isEmpty();
        for (String table : List.of("answer", "assessment_note")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE assessment_id = ?").param(id)
                    .query(Integer.class).single()).as(table).isZero();
        }
    }

    @Test
    void a_clients_draft_deleted_for_its_age_leaves_a_line_saying_so() {
        long clientId = aClient();
        long oldDraft = service.start("scoring-fixture", "en").assessment().id();
        service.attachToClient(oldDraft, clientId);
        jdbc.sql("UPDATE assessment SET updated_at = ? WHERE id = ?")
                .params(Instant.now().minus(91, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), oldDraft).update();

        service.deleteStaleDrafts();

        assertThat(service.open(oldDraft)).isEmpty();
        assertThat(service.deletedOfClient(clientId)).singleElement().satisfies(left -> {
            assertThat(left.assessmentId()).isEqualTo(oldDraft);
            assertThat(left.deletedBy()).isEqualTo(DeletedAssessment.DeletedBy.EXPIRY);
        });
    }

    private long aClient() {
        long admin = jdbc.sql("SELECT id FROM account WHERE username = 'admin'").query(Long.class).single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO client (consultant_id, organisation, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(admin, "Contract AB", Instant.now().atOffset(ZoneOffset.UTC),
                        Instant.now().atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private String storedDefinition() {
        return service.start("scoring-fixture", "en").assessment().questionnaire().contentHash();
    }

    @Test
    void a_stored_assessment_scores_as_its_answers_do() {
        long id = service.start("scoring-fixture", "en").assessment().id();
        answers.save(id, "owner", answer("no"), 0);
        answers.save(id, "knowledge", Answer.dontKnow(), 0);
        answers.save(id, "platforms", answer(List.of("oms")), 0);
        answers.save(id, "it-people", answer(2), 0);

        Evaluation evaluation = AssessmentResults.evaluate(service.open(id).orElseThrow()).evaluation();

        assertThat(evaluation.score().overall()).isEqualTo(28);
    }
}
