package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.readiness.questionnaire.Band;
import org.readiness.result.Figure;

import java.util.List;

/** The parts of a result page that other features' results show alike, such as a team's. */
public final class ResultSections {

    private ResultSections() {
    }

    /** The recommended structure with its reason, and who should own each area. */
    public static Component structure(org.readiness.result.Result result) {
        return StructureSection.of(result.recommended(), result.words());
    }

    /** The next steps, most valuable first. */
    public static Component actions(org.readiness.result.Recommended recommended) {
        return new ActionsSection(recommended);
    }

    /** A figure's band (or why it has none) as a badge in the band's colour. */
    public static Span band(Figure figure, List<Band> bands) {
        return BandBadge.of(figure, bands);
    }
}
