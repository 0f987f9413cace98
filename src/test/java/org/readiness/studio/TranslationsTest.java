package org.readiness.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The translations CSV: every text out, and back in only when every key and language in it is the draft's. */
class TranslationsTest {

    private static final List<String> LANGUAGES = List.of("en", "sv");

    private static ObjectNode fixture() throws IOException {
        return DraftJson.parse(Files.readString(Path.of("src/test/resources/questionnaires/good/scoring-fixture.json")))
                .orElseThrow();
    }

    @Test
    void the_export_lists_every_text_in_every_language() throws IOException {
        ObjectNode document = fixture();

        List<CSVRecord> records = parse(Translations.csv(document, LANGUAGES));

        List<List<String>> exported = records.stream().map(row -> List.of(row.get("en"), row.get("sv"))).toList();
        assertThat(exported).isEqualTo(textsOf(document));
        assertThat(records).extracting(row -> row.get("key"))
                .contains("title", "questions/owner/text", "questions/platforms/options/erp/label",
                        "bands/areas/systems/weak/label", "roles/it/label")
                .doesNotHaveDuplicates();
    }

    @Test
    void an_imported_swedish_text_is_changed_and_listed_and_nothing_else_changes() throws IOException {
        ObjectNode document = fixture();
        ObjectNode expected = fixture();
        ((ObjectNode) expected.at("/steps/1/questions/0/text")).put("sv", "Finns det en ägare?");
        String csv = Translations.csv(document, LANGUAGES).replace("questions/owner/text,Owner?,Ägare?",
                "questions/owner/text,Owner?,Finns det en ägare?");

        Translations.Imported imported = Translations.importCsv(document, LANGUAGES, csv);

        assertThat(imported.isRefused()).isFalse();
        assertThat(imported.changes()).containsExactly(
                new Translations.Change("questions/owner/text", "sv", "Ägare?", "Finns det en ägare?"));
        assertThat(document).isEqualTo(expected);
    }

    @Test
    void an_unknown_key_refuses_the_whole_file_and_changes_nothing() throws IOException {
        ObjectNode document = fixture();
        String csv = """
                key,en,sv
                questions/owner/text,Owner?,Finns det en ägare?
                questions/no-such-question/text,Gone?,Borta?
                """;

        Translations.Imported imported = Translations.importCsv(document, LANGUAGES, csv);

        assertThat(imported.isRefused()).isTrue();
        assertThat(imported.unknownKeys()).containsExactly("questions/no-such-question/text");
        assertThat(document).isEqualTo(fixture());
    }

    @Test
    void an_unknown_language_refuses_the_whole_file_and_changes_nothing() throws IOException {
        ObjectNode document = fixture();
        String csv = """
                key,en,sv,de
                questions/owner/text,Owner?,Finns det en ägare?,Eigentümer?
                """;

        Translations.Imported imported = Translations.importCsv(document, LANGUAGES, csv);

        assertThat(imported.isRefused()).isTrue();
        assertThat(imported.unknownLanguages()).containsExactly("de");
        assertThat(document).isEqualTo(fixture());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    /** Every {"en": ..., "sv": ...} object of the document, in document order, found without the studio's code. */
    private static List<List<String>> textsOf(JsonNode node) {
        List<List<String>> texts = new ArrayList<>();
        if (node.isObject() && node.size() == 2 && node.path("en").isTextual() && node.path("sv").isTextual()) {
            texts.add(List.of(node.get("en").asText(), node.get("sv").asText()));
        } else {
            node.elements().forEachRemaining(child -> texts.addAll(textsOf(child)));
        }
        return texts;
    }
}
