package org.readiness.questionnaire;

import org.readiness.questionnaire.file.QuestionnaireReader;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The format documentation's example must load, so what consultants copy from it always works. */
class FormatDocumentationTest {

    @Test
    void the_complete_example_in_the_format_documentation_is_a_valid_questionnaire() throws IOException {
        String doc = Files.readString(Path.of("docs/questionnaire-format.md"), StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("<!-- example:start -->"), doc.indexOf("<!-- example:end -->"));
        String json = block.substring(block.indexOf("```json") + "```json".length(), block.lastIndexOf("```"));

        QuestionnaireReader.Result result = new QuestionnaireReader().read("docs example", json.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questionnaire().id()).isEqualTo("example-mini");
    }
}
