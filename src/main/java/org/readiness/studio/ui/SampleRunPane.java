package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.studio.SampleRun;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The sample run: 10,000 random answer sets through the engine, as shares of bands, structures and actions. */
final class SampleRunPane extends Div {

    static final int RUNS = 10_000;

    private final Div results = new Div();
    private final Button run = new Button();
    private @Nullable Questionnaire questionnaire;

    SampleRunPane() {
        addClassName("sample-run");
        run.setText(getTranslation("studio.sample.run", String.format(Locale.ROOT, "%,d", RUNS)));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> runNow());
        results.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("studio.sample.intro")), run, results);
    }

    void show(@Nullable Questionnaire draft) {
        questionnaire = draft;
        run.setEnabled(draft != null);
        results.removeAll();
        if (draft == null) {
            results.add(new Paragraph(getTranslation("studio.preview.needs-valid")));
        }
    }

    private void runNow() {
        if (questionnaire == null) {
            return;
        }
        Questionnaire draft = questionnaire;
        String language = draft.languageFor(org.readiness.base.ui.Languages.current());
        long started = System.nanoTime();
        SampleRun.Result result = new SampleRun(draft).run(RUNS, started);
        long millis = (System.nanoTime() - started) / 1_000_000;
        results.removeAll();
        results.add(new Paragraph(getTranslation("studio.sample.took", millis)));
        results.add(new H3(getTranslation("studio.sample.bands")), table(result, result.bands(), band -> band.isEmpty()
                ? getTranslation("studio.sample.no-band") : draft.bands().overall().stream()
                .filter(each -> each.id().equals(band)).findFirst().map(each -> each.label().in(language)).orElse(band)));
        results.add(new H3(getTranslation("studio.sample.structures")), table(result, result.structures(),
                structure -> draft.structure().name(structure, language, key -> getTranslation(key))));
        results.add(new H3(getTranslation("studio.sample.actions")), table(result, result.actions(),
                action -> draft.actions().stream().filter(each -> each.id().equals(action)).findFirst()
                        .map(each -> each.title().in(language)).orElse(action)));
    }

    private <K> NativeTable table(SampleRun.Result result, Map<K, Integer> counts, Function<K, String> name) {
        NativeTable table = new NativeTable();
        table.addClassName("sample-table");
        NativeTableBody body = new NativeTableBody();
        counts.forEach((key, count) -> {
            NativeTableHeaderCell label = new NativeTableHeaderCell(name.apply(key));
            label.getElement().setAttribute("scope", "row");
            NativeTableCell share = new NativeTableCell(String.format(Locale.ROOT, "%.1f %%", 100 * result.share(count)));
            Div bar = new Div();
            bar.addClassName("sample-bar");
            bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", 100 * result.share(count)));
            body.add(new NativeTableRow(label, share, new NativeTableCell(bar)));
        });
        table.add(body);
        return table;
    }
}
