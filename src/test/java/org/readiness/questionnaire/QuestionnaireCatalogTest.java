package org.readiness.questionnaire;

import org.readiness.questionnaire.file.FileProblem;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.questionnaire.file.QuestionnaireReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireCatalogTest {

    private static final Path GOOD = Path.of("src/test/resources/questionnaires/good/scoring-fixture.json");
    private static final Path BROKEN = Path.of("src/test/resources/questionnaires/broken");

    @TempDir
    Path folder;

    @Test
    void broken_files_are_refused_with_file_pointer_line_and_a_sentence_while_the_good_one_is_served() throws IOException {
        Files.copy(GOOD, folder.resolve("good.json"));
        for (String name : List.of("duplicate-question-id", "condition-names-later-question", "bands-with-gap",
                "missing-translation", "syntax-error", "unknown-field")) {
            Files.copy(BROKEN.resolve(name + ".json"), folder.resolve(name + ".json"));
        }

        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(folder));

        assertThat(catalog.all()).extracting(Questionnaire::id).containsExactly("scoring-fixture");
        assertThat(problems(catalog, "duplicate-question-id"))
                .anySatisfy(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/steps/1/questions/1/id");
                    assertThat(problem.line()).isGreaterThan(1);
                    assertThat(problem.message()).contains("\"owner\" is used twice");
                });
        assertThat(problems(catalog, "condition-names-later-question"))
                .anySatisfy(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/steps/1/questions/0/visibleIf/question");
                    assertThat(problem.message()).contains("\"knowledge\"", "does not come earlier");
                });
        assertThat(problems(catalog, "bands-with-gap"))
                .anySatisfy(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/bands/overall/1/min");
                    assertThat(problem.message()).contains("gap", "40 to 44");
                });
        assertThat(problems(catalog, "missing-translation"))
                .anySatisfy(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/steps/1/questions/0/text");
                    assertThat(problem.message()).contains("no \"sv\" version");
                });
        assertThat(problems(catalog, "syntax-error"))
                .anySatisfy(problem -> {
                    assertThat(problem.line()).isEqualTo(5);
                    assertThat(problem.message()).contains("not valid JSON");
                });
        assertThat(problems(catalog, "unknown-field"))
                .anySatisfy(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/steps/1/questions/0/colour");
                    assertThat(problem.message()).contains("\"colour\"", "not part of the questionnaire format");
                });
    }

    @Test
    void every_broken_file_in_the_corpus_is_refused_with_a_located_message() throws IOException {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(BROKEN));

        assertThat(catalog.all()).isEmpty();
        try (var files = Files.list(BROKEN)) {
            List<String> names = files.map(Path::toString).sorted().toList();
            assertThat(catalog.problems()).extracting(FileProblem::file).containsAll(names);
        }
        assertThat(catalog.problems()).allSatisfy(problem -> {
            assertThat(problem.message()).isNotBlank().doesNotContain("Exception");
            assertThat(problem.toString()).startsWith(problem.file() + " /");
        });
        assertThat(catalog.problems())
                .filteredOn(problem -> !problem.message().contains("empty"))
                .allSatisfy(problem -> assertThat(problem.line()).as(problem.toString()).isPositive());
        assertThat(names(catalog)).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void a_ten_megabyte_file_is_refused_without_reading_it_whole() throws IOException {
        Path huge = folder.resolve("huge.json");
        Files.writeString(huge, "{\"id\": \"huge\", \"padding\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        Files.copy(GOOD, folder.resolve("good.json"));

        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(folder));

        assertThat(catalog.all()).extracting(Questionnaire::id).containsExactly("scoring-fixture");
        assertThat(problems(catalog, "huge"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("at most 1024 KB"));
    }

    private static List<String> names(QuestionnaireCatalog catalog) {
        return catalog.problems().stream().map(FileProblem::file).distinct().toList();
    }

    @Test
    void each_broken_file_names_the_rule_it_breaks() throws IOException {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(BROKEN));

        assertThat(problems(catalog, "condition-names-missing-question"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("\"nobody\", which does not exist"));
        assertThat(problems(catalog, "condition-names-missing-option"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("\"huge\"", "does not offer"));
        assertThat(problems(catalog, "bands-overlap"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("overlaps", "60 to 69"));
        assertThat(problems(catalog, "negative-points"))
                .anySatisfy(problem -> assertThat(problem.pointer()).isEqualTo("/steps/1/questions/1/options/0/points"));
        assertThat(problems(catalog, "wrong-type"))
                .anySatisfy(problem -> assertThat(problem.pointer()).isEqualTo("/areas/0/weight"));
        assertThat(problems(catalog, "path-like-id"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("not a valid id"));
        assertThat(problems(catalog, "unknown-area"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("\"money\""));
        assertThat(problems(catalog, "condition-cycle"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("does not come earlier"));
        assertThat(problems(catalog, "byte-order-mark"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("byte order mark"));
        assertThat(problems(catalog, "invalid-utf8"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("not valid JSON"));
        assertThat(problems(catalog, "deep-nesting"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("not valid JSON"));
        assertThat(problems(catalog, "trailing-garbage"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("not valid JSON"));
        assertThat(problems(catalog, "language-not-declared"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("\"de\"", "not among the file's languages"));
        assertThat(problems(catalog, "yes-no-without-points"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("needs \"points\""));
        assertThat(problems(catalog, "area-without-scored-questions"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("\"money\" has no scored question"));
        assertThat(problems(catalog, "empty"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("empty"));
    }

    /** The rest of the corpus: each file for the rule it was written to break, not for any reason. */
    @Test
    void each_remaining_broken_file_is_refused_for_its_own_reason() throws IOException {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(BROKEN));
        Map<String, String[]> reasons = new LinkedHashMap<>();
        reasons.put("action-names-missing-question", new String[] {"action \"name-owner\" names question \"nobody\"",
                "does not exist"});
        reasons.put("band-min-above-max", new String[] {"band \"weak\" starts at 49 but ends at 0",
                "min must not be above max"});
        reasons.put("bands-do-not-reach-100", new String[] {"no band holds the scores 100", "cover 0 to 100"});
        reasons.put("condition-compares-text-with-number", new String[] {"uses the value 3",
                "which the question does not offer"});
        reasons.put("condition-with-two-operators", new String[] {"this condition does not have a valid shape"});
        reasons.put("duplicate-area-id", new String[] {"the area \"people\" appears twice"});
        reasons.put("duplicate-option-value", new String[] {"the option value \"small\" appears twice"});
        reasons.put("duplicate-step-id", new String[] {"the step \"profile\" appears twice"});
        reasons.put("empty-text", new String[] {"must be at least 1 characters long"});
        reasons.put("missing-required-field", new String[] {"the required field \"steps\" is missing"});
        reasons.put("not-an-object", new String[] {"array found, object expected"});
        reasons.put("only-whitespace", new String[] {"the file is empty"});
        reasons.put("owner-for-unknown-area", new String[] {"owner \"team-people\" is for area \"finance\"",
                "not among the questionnaire's areas"});
        reasons.put("scale-min-above-max", new String[] {"the scale of question \"knowledge\" must end above"});
        reasons.put("text-question-scoring-an-area", new String[] {"question \"goal\" is free text",
                "cannot be scored"});
        reasons.put("unknown-question-type", new String[] {"\"slider\" is not one of the allowed values"});
        reasons.put("wrong-type-of-languages", new String[] {"string found, array expected"});
        Map<String, String> pointers = Map.of("empty-text", "/title/sv", "wrong-type-of-languages", "/languages",
                "unknown-question-type", "/steps/1/questions/0/type", "scale-min-above-max", "/steps/1/questions/2/max",
                "duplicate-option-value", "/steps/0/questions/0/options/1", "duplicate-step-id", "/steps/2");

        reasons.forEach((file, words) -> assertThat(problems(catalog, file)).as(file).anySatisfy(problem -> {
            assertThat(problem.message()).contains(words);
            if (pointers.containsKey(file)) {
                assertThat(problem.pointer()).isEqualTo(pointers.get(file));
            }
        }));
    }

    /** The rules of roles and team assessments, each file for its own. */
    @Test
    void each_broken_role_file_is_refused_for_its_own_reason() throws IOException {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(BROKEN));
        Map<String, String[]> reasons = new LinkedHashMap<>();
        reasons.put("role-declared-twice", new String[] {"the role \"it\" appears twice"});
        reasons.put("step-asked-of-unknown-role", new String[] {"step \"people-step\" is asked of role \"sales\"",
                "does not declare"});
        reasons.put("question-asked-of-unknown-role", new String[] {"question \"knowledge\" is asked of role "
                + "\"marketing\"", "does not declare"});
        reasons.put("profile-limited-to-a-role", new String[] {"is the company profile", "cannot be limited to roles"});
        reasons.put("question-asked-of-a-role-its-step-is-not", new String[] {"question \"knowledge\" is asked of "
                + "role \"it\", but its step \"people-step\" is not"});
        reasons.put("role-asked-nothing-scored", new String[] {"role \"finance\" is asked no scored question"});
        reasons.put("condition-names-a-question-the-role-is-not-asked", new String[] {"which role \"owner\" is not "
                + "asked", "would never be shown question \"owner-time\""});
        reasons.put("team-threshold-above-one", new String[] {"above the largest allowed, 1"});
        reasons.put("team-merge-rule-unknown", new String[] {"\"mode\" is not one of the allowed values"});
        Map<String, String> pointers = Map.of("role-declared-twice", "/roles/2",
                "step-asked-of-unknown-role", "/steps/1/askedOf/1", "profile-limited-to-a-role", "/steps/0/askedOf",
                "condition-names-a-question-the-role-is-not-asked", "/steps/1/questions/1/visibleIf/question",
                "team-threshold-above-one", "/team/disagreementThreshold");

        reasons.forEach((file, words) -> assertThat(problems(catalog, file)).as(file).anySatisfy(problem -> {
            assertThat(problem.message()).contains(words);
            if (pointers.containsKey(file)) {
                assertThat(problem.pointer()).isEqualTo(pointers.get(file));
            }
        }));
    }

    /** An action's plan fields: a lift names a question and an answer that exist, an owner role one declared. */
    @Test
    void a_lift_naming_a_question_or_answer_that_does_not_exist_is_refused_with_file_pointer_and_line()
            throws IOException {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(BROKEN));

        assertThat(problems(catalog, "lift-names-missing-question")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("lift-names-missing-question.json");
            assertThat(problem.pointer()).isEqualTo("/actions/0/lifts/0/question");
            assertThat(problem.line()).isEqualTo(371);
            assertThat(problem.message()).contains("action \"name-owner\" lifts question \"nobody\", which does "
                    + "not exist");
        });
        assertThat(problems(catalog, "lift-names-missing-answer")).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/actions/0/lifts/0/to");
            assertThat(problem.line()).isEqualTo(371);
            assertThat(problem.message()).contains("lifts question \"owner-time\", which has no answer \"always\"",
                    "[part, full]");
        });
        assertThat(problems(catalog, "owner-role-undeclared")).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/actions/0/ownerRole");
            assertThat(problem.message()).contains("owned by role \"ceo\"", "has no \"roles\"");
        });
    }

    @Test
    void a_second_file_with_the_same_id_is_refused() throws IOException {
        Files.copy(GOOD, folder.resolve("a.json"));
        Files.copy(GOOD, folder.resolve("b.json"));

        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(folder));

        assertThat(catalog.all()).hasSize(1);
        assertThat(catalog.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("already served by"));
    }

    @Test
    void the_content_hash_changes_with_the_file() throws IOException {
        byte[] original = Files.readAllBytes(GOOD);
        byte[] edited = new String(original, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"Size?\"", "\"How big?\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        QuestionnaireReader reader = new QuestionnaireReader();

        String before = reader.read("a", original).questionnaire().contentHash();
        String after = reader.read("a", edited).questionnaire().contentHash();

        assertThat(before).hasSize(64).isNotEqualTo(after);
    }

    @Test
    void a_catalog_read_later_is_not_loaded_until_its_files_are_read_and_then_serves_them() throws Exception {
        Files.copy(GOOD, folder.resolve("good.json"));
        CountDownLatch filesMayBeRead = new CountDownLatch(1);

        QuestionnaireCatalog catalog = QuestionnaireCatalog.readLater(() -> {
            filesMayBeRead.await();
            return QuestionnaireCatalog.filesIn(folder);
        });
        catalog.startReading();

        assertThat(catalog.isLoaded()).isFalse();
        filesMayBeRead.countDown();
        assertThat(catalog.all()).extracting(Questionnaire::id).containsExactly("scoring-fixture");
        assertThat(catalog.isLoaded()).isTrue();
    }

    @Test
    void a_catalog_whose_files_cannot_be_read_says_why_to_whoever_asks_and_never_counts_as_loaded() {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.readLater(() -> QuestionnaireCatalog.filesIn(
                folder.resolve("missing")));
        CompletableFuture<Throwable> reported = new CompletableFuture<>();
        catalog.whenLoaded(() -> reported.complete(null), reported::complete);

        // Nothing started the reading: the first question does.
        assertThatThrownBy(catalog::all).hasMessageContaining("could not be read")
                .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(reported.join()).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(catalog.isLoaded()).isFalse();
    }

    private static List<FileProblem> problems(QuestionnaireCatalog catalog, String fileName) {
        List<FileProblem> found = catalog.problems().stream()
                .filter(problem -> Path.of(problem.file()).getFileName().toString().equals(fileName + ".json"))
                .toList();
        assertThat(found).as("problems reported for " + fileName).isNotEmpty();
        return found;
    }

    @Test
    void a_condition_asking_for_more_options_than_the_question_has_is_refused_as_never_true() throws IOException {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(BROKEN));

        assertThat(problems(catalog, "condition-counts-more-options-than-there-are"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/actions/2/when/atLeast");
                    assertThat(problem.message()).isEqualTo("the condition on question \"platforms\" asks for at least "
                            + "5 options chosen, but the question has only 4, so it can never hold.");
                });
    }
}
