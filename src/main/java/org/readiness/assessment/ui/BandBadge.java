package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Span;
import org.readiness.chart.BandPalette;
import org.readiness.questionnaire.Band;

import java.util.List;

/** A band's label in the band's colour. */
final class BandBadge {

    private BandBadge() {
    }

    static Span of(Band band, List<Band> bands, String language) {
        Span badge = none();
        badge.setText(band.label().in(language));
        badge.getElement().setAttribute("data-band", band.id());
        badge.getStyle().set("--band-color", BandPalette.strong(band, bands));
        return badge;
    }

    /** The empty badge of an area that could not be scored. */
    static Span none() {
        Span badge = new Span();
        badge.addClassName("band");
        return badge;
    }
}
