package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.readiness.questionnaire.Band;
import org.readiness.recommendation.Evaluation;

import java.util.List;

/** The parts of a result page that other features' results show alike, such as a team's. */
public final class ResultSections {

    private ResultSections() {
    }

    /** The recommended structure with its reason, and who should own each area. */
    public static Component structure(Evaluation evaluation, String language) {
        return new StructureSection(evaluation, language);
    }

    /** The next steps, most valuable first. */
    public static Component actions(Evaluation evaluation, String language) {
        return new ActionsSection(evaluation, language);
    }

    /** A band's label in the band's colour. */
    public static Span band(Band band, List<Band> bands, String language) {
        return BandBadge.of(band, bands, language);
    }
}
