package org.readiness.studio.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.file.QuestionnaireReader;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the linter on a valid file that triggers it and on one that does not. */
class LinterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPOSSIBLE = "{\"all\": [{\"question\": \"team-size\", \"equals\": \"1-5\"},"
            + " {\"question\": \"team-size\", \"equals\": \"6-plus\"}]}";

    @Test
    void the_studio_s_empty_questionnaire_gives_the_linter_nothing_to_say() {
        assertThat(lint(file -> { })).isEmpty();
    }

    @Test
    void a_question_whose_condition_can_never_hold_is_one_no_answer_can_show() {
        assertThat(rules(file -> question(file, 1).set("visibleIf", json(IMPOSSIBLE))))
                .containsExactly("unshowable-question");
        assertThat(rules(file -> question(file, 1).set("visibleIf",
                json("{\"question\": \"team-size\", \"equals\": \"1-5\"}")))).isEmpty();
    }

    @Test
    void a_structure_rule_that_can_never_hold_is_a_condition_never_true() {
        assertThat(rules(file -> ((ObjectNode) file.get("structure")).set("smallTeamWhen", json(IMPOSSIBLE))))
                .containsExactly("impossible-condition");
        assertThat(rules(file -> ((ObjectNode) file.get("structure")).set("smallTeamWhen",
                json("{\"question\": \"team-size\", \"in\": [\"1-5\"]}")))).isEmpty();
    }

    @Test
    void a_band_the_scores_skip_is_unreachable() {
        Consumer<ObjectNode> onlyYesOrNo = file -> questions(file).remove(2);
        assertThat(findings(onlyYesOrNo)).extracting(LintFinding::rule, LintFinding::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unreachable-band", "/bands/overall/1"));
        assertThat(rules(file -> { })).isEmpty();
    }

    @Test
    void an_area_whose_questions_earn_no_point_can_only_be_zero() {
        assertThat(rules(file -> {
            questions(file).remove(2);
            ((ObjectNode) question(file, 1).get("points")).put("yes", 0);
        })).contains("zero-point-area");
        assertThat(rules(file -> ((ObjectNode) question(file, 1).get("points")).put("yes", 2))).isEmpty();
    }

    @Test
    void a_role_asked_only_questions_no_answer_shows_is_asked_nothing() {
        Consumer<ObjectNode> twoRoles = file -> {
            // The company profile (team size) is answered once for everyone; each role gets a step's question.
            ObjectNode profile = (ObjectNode) file.get("steps").get(0);
            ObjectNode roleStep = ((ArrayNode) file.get("steps")).addObject().put("id", "in-role");
            roleStep.set("title", json("{\"en\": \"In your role\", \"sv\": \"I din roll\"}"));
            ArrayNode moved = roleStep.putArray("questions");
            moved.add(questions(file).get(1));
            moved.add(questions(file).get(2));
            questions(file).remove(2);
            questions(file).remove(1);
            profile.put("profile", true);
            ArrayNode roles = file.putArray("roles");
            roles.add(json("{\"id\": \"owner\", \"label\": {\"en\": \"The owner\", \"sv\": \"Ägaren\"}}"));
            roles.add(json("{\"id\": \"helper\", \"label\": {\"en\": \"A helper\", \"sv\": \"En hjälpreda\"}}"));
            ((ObjectNode) moved.get(0)).putArray("askedOf").add("owner");
            ((ObjectNode) moved.get(1)).putArray("askedOf").add("helper");
        };
        assertThat(rules(twoRoles.andThen(file -> ((ObjectNode) file.get("steps").get(1).get("questions").get(1))
                .set("visibleIf", json(IMPOSSIBLE)))))
                .contains("role-asked-nothing");
        assertThat(rules(twoRoles)).isEmpty();
    }

    @Test
    void an_action_whose_condition_can_never_hold_is_triggered_by_no_answer() {
        String action = "{\"id\": \"name-an-owner\", \"title\": {\"en\": \"Name an owner\", \"sv\": \"Utse en ägare\"},"
                + " \"reason\": {\"en\": \"Someone must answer for it.\", \"sv\": \"Någon måste ansvara för det.\"},"
                + " \"when\": %s}";
        assertThat(rules(file -> ((ArrayNode) file.get("actions")).add(json(String.format(action, IMPOSSIBLE)))))
                .containsExactly("untriggered-action");
        assertThat(rules(file -> ((ArrayNode) file.get("actions")).add(json(String.format(action,
                "{\"question\": \"experience-owner\", \"in\": [\"no\", \"dont-know\"]}"))))).isEmpty();
    }

    @Test
    void a_swedish_text_written_before_the_english_changed_is_a_stale_translation() {
        Instant written = Instant.parse("2026-01-01T10:00:00Z");
        Instant changed = written.plusSeconds(3600);
        LintInput.TextAges englishLater = (key, language) -> Optional.of("title".equals(key) && "en".equals(language)
                ? changed : written);
        assertThat(lint(file -> { }, englishLater)).extracting(LintFinding::rule, LintFinding::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stale-translation", "/title/sv"));
        assertThat(lint(file -> { }, (key, language) -> Optional.of(written))).isEmpty();
    }

    @Test
    void a_text_left_as_the_source_language_is_missing_in_its_language() {
        assertThat(rules(file -> ((ObjectNode) file.get("title")).put("sv", "New questionnaire")))
                .containsExactly("untranslated-text");
        assertThat(rules(file -> ((ObjectNode) options(file).get(0).get("label")).put("sv", "1–5"))).isEmpty();
    }

    private static List<String> rules(Consumer<ObjectNode> change) {
        return findings(change).stream().map(LintFinding::rule).distinct().toList();
    }

    private static List<LintFinding> findings(Consumer<ObjectNode> change) {
        return lint(change);
    }

    private static List<LintFinding> lint(Consumer<ObjectNode> change) {
        return lint(change, LintInput.unknownAges());
    }

    private static List<LintFinding> lint(Consumer<ObjectNode> change, LintInput.TextAges ages) {
        ObjectNode file = emptyQuestionnaire();
        change.accept(file);
        byte[] bytes = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        QuestionnaireReader.Result read = new QuestionnaireReader().read("test.json", bytes);
        assertThat(read.problems()).as("the file must pass --validate's checks").isEmpty();
        return Linter.run(new LintInput(read.questionnaire(), file, ages));
    }

    private static ObjectNode emptyQuestionnaire() {
        try (InputStream in = LinterTest.class.getResourceAsStream("/studio/empty-questionnaire.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ArrayNode questions(ObjectNode file) {
        return (ArrayNode) file.get("steps").get(0).get("questions");
    }

    private static ObjectNode question(ObjectNode file, int index) {
        return (ObjectNode) questions(file).get(index);
    }

    private static JsonNode options(ObjectNode file) {
        return question(file, 0).get("options");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
