package org.readiness.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.studio.WhatMoves;

import java.util.List;

/**
 * Before publishing: which stored finished assessments (the author's own clients', all for an administrator) would
 * change band or structure under the draft. Worked out only when asked; nothing is re-scored or stored.
 */
final class WhatMovesPane extends Div {

    private final WhatMoves whatMoves;
    private final Paragraph summary = new Paragraph();
    private final Grid<WhatMoves.Moved> grid = new Grid<>();
    private final Button check = new Button();
    private @Nullable Questionnaire draft;
    private String language = "en";

    WhatMovesPane(WhatMoves whatMoves) {
        this.whatMoves = whatMoves;
        addClassName("what-moves");
        check.setText(getTranslation("studio.moves.check"));
        check.addClickListener(click -> checkNow());
        summary.getElement().setAttribute("role", "status");
        grid.addColumn(WhatMoves.Moved::label).setHeader(getTranslation("studio.moves.assessment")).setFlexGrow(2);
        grid.addColumn(WhatMoves.Moved::version).setHeader(getTranslation("studio.version"));
        grid.addColumn(moved -> band(moved.bandBefore()) + " \u2192 " + band(moved.bandAfter()))
                .setHeader(getTranslation("studio.moves.band")).setFlexGrow(2);
        grid.addColumn(moved -> moved.structureBefore().id() + " \u2192 " + moved.structureAfter().id())
                .setHeader(getTranslation("studio.moves.structure")).setFlexGrow(2);
        grid.setClassNameGenerator(moved -> moved.changesBand() || moved.changesStructure() ? "moves" : null);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        add(new Paragraph(getTranslation("studio.moves.intro")), check, summary, grid);
    }

    void show(@Nullable Questionnaire draft, String language) {
        this.draft = draft;
        this.language = language;
        check.setEnabled(draft != null);
        summary.setText(draft == null ? getTranslation("studio.preview.needs-valid") : "");
        grid.setVisible(false);
    }

    private void checkNow() {
        if (draft == null) {
            return;
        }
        List<WhatMoves.Moved> moved = whatMoves.check(draft);
        long band = moved.stream().filter(WhatMoves.Moved::changesBand).count();
        long structure = moved.stream().filter(WhatMoves.Moved::changesStructure).count();
        summary.setText(getTranslation("studio.moves.summary", moved.size(), band, structure));
        grid.setItems(moved.stream().sorted((a, b) -> Boolean.compare(b.changesBand() || b.changesStructure(),
                a.changesBand() || a.changesStructure())).toList());
        grid.setVisible(!moved.isEmpty());
    }

    private String band(@Nullable Band band) {
        return band == null ? getTranslation("studio.sample.no-band") : band.label().in(language);
    }
}
