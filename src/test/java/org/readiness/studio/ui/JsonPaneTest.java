package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.questionnaire.file.ValidateCommand;
import org.readiness.studio.Draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The JSON pane drives the form, and a file with a problem shows the problem as --validate prints it. */
class JsonPaneTest extends DraftPageTest {

    @TempDir
    Path folder;

    @Test
    void an_edit_in_the_json_reaches_the_form_and_the_saved_draft() {
        Draft draft = openCopyOfTheFixture("json-" + suffix);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Title (en)")).getValue()).isEqualTo("Scoring fixture");

        typeInJson(stored(draft).replace("\"Scoring fixture\"", "\"Typed in the JSON\""));

        assertThat(_get(TextArea.class, spec -> spec.withLabel("Title (en)")).getValue()).isEqualTo("Typed in the JSON");
        assertThat(storedTree(draft).at("/title/en").asText()).isEqualTo("Typed in the JSON");
    }

    @Test
    void a_json_with_a_problem_shows_the_sentence_the_validator_prints() throws IOException {
        Draft draft = openCopyOfTheFixture("json-" + suffix);
        String broken = stored(draft).replace("\"yes\": 4,", "\"yes\": \"four\",");

        typeInJson(broken);

        List<String> printed = validate(draft.questionnaireId(), broken);
        assertThat(printed).isNotEmpty();
        List<String> shown = _find(_get(ProblemList.class), Button.class, spec -> spec.withClasses("problem"))
                .stream().map(Button::getText).toList();
        assertThat(shown).containsExactlyElementsOf(printed);
        assertThat(_get(_get(ProblemList.class), H2.class).getText())
                .isEqualTo((printed.size() == 1 ? "1 problem" : printed.size() + " problems") + " --validate reports:");

        _click(_find(_get(ProblemList.class), Button.class, spec -> spec.withClasses("problem")).get(0));
        assertThat(_get(_get(ItemForm.class), H2.class).getText()).isEqualTo("Question: owner");
        assertThat(_find(_get(ItemForm.class), Paragraph.class, spec -> spec.withClasses("field-problem")))
                .filteredOn(Paragraph::isVisible).extracting(Paragraph::getText).containsExactly(printed.get(0));
    }

    @Test
    void a_text_that_is_not_json_leaves_the_form_waiting_and_shows_why() throws IOException {
        Draft draft = openCopyOfTheFixture("json-" + suffix);
        String broken = stored(draft).replaceFirst("\\{", "");

        typeInJson(broken);

        List<String> printed = validate(draft.questionnaireId(), broken);
        assertThat(printed).hasSize(1);
        assertThat(_find(_get(ProblemList.class), Button.class, spec -> spec.withClasses("problem")))
                .extracting(Button::getText).containsExactlyElementsOf(printed);
        assertThat(_get(_get(ItemForm.class), Paragraph.class).getText())
                .isEqualTo("The file is not valid JSON at the moment: correct it in the JSON pane, and the form follows.");
    }

    /** What {@code --validate} prints for each problem of the text, without "BAD" and the file's name. */
    private List<String> validate(String questionnaireId, String text) throws IOException {
        Path file = folder.resolve(questionnaireId + ".json");
        Files.writeString(file, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidateCommand.run(new String[] {ValidateCommand.FLAG, file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String prefix = "BAD  " + file + " ";
        return out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length())).toList();
    }
}
