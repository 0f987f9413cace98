package org.readiness.studio.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.readiness.studio.Draft;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The "Translations" tab: the texts' CSV out, and back in with a report of what it changed or why it was refused. */
class TranslationsPaneTest extends DraftPageTest {

    private static TranslationsPane openTheTab() {
        _get(DraftTools.class).setSelectedIndex(5);
        return _get(TranslationsPane.class);
    }

    private static void upload(TranslationsPane pane, String csv) {
        _upload(_get(pane, Upload.class), "texts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> report(TranslationsPane pane) {
        Div report = _get(pane, Div.class, spec -> spec.withClasses("texts-report"));
        List<String> lines = new java.util.ArrayList<>(List.of(_get(report, Paragraph.class).getText()));
        _find(report, ListItem.class).forEach(item -> lines.add(item.getText()));
        return lines;
    }

    @Test
    void the_export_has_a_row_per_text_and_an_imported_swedish_text_is_changed_and_reported() {
        Draft draft = openCopyOfTheFixture("texts-" + suffix);
        TranslationsPane pane = openTheTab();

        String csv = new String(_download(_get(pane, Anchor.class)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFkey,en,sv\r\n").contains("\r\nquestions/owner/text,Owner?,Ägare?\r\n");
        assertThat(csv.lines().count() - 1).isEqualTo(_size(_get(pane, Grid.class)));

        upload(pane, csv.replace("questions/owner/text,Owner?,Ägare?", "questions/owner/text,Owner?,Finns det en ägare?"));

        assertThat(report(pane)).containsExactly("1 text changed:",
                "questions/owner/text (sv): Ägare? \u2192 Finns det en ägare?");
        assertThat(storedTree(draft).at("/steps/1/questions/0/text/sv").asText()).isEqualTo("Finns det en ägare?");
    }

    @Test
    void a_file_with_an_unknown_key_or_language_is_refused_whole_and_changes_nothing() {
        Draft draft = openCopyOfTheFixture("texts-" + suffix);
        TranslationsPane pane = openTheTab();
        String before = stored(draft);

        upload(pane, "key,en,sv,de\r\nquestions/owner/text,Owner?,Finns det en ägare?,Eigentümer?\r\n"
                + "questions/no-such-question/text,Gone?,Borta?,Weg?\r\n");

        assertThat(report(pane)).containsExactly(
                "Nothing was imported: 2 keys or languages the draft does not have:",
                "questions/no-such-question/text", "de");
        assertThat(stored(draft)).isEqualTo(before);
    }
}
