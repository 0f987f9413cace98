package org.readiness.questionnaire;

import org.readiness.questionnaire.file.FileProblem;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.questionnaire.file.QuestionnaireReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
