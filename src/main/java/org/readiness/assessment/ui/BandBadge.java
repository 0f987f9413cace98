package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Span;
import org.readiness.chart.BandPalette;
import org.readiness.questionnaire.Band;
import org.readiness.result.Figure;
import org.readiness.result.Shown;

import java.util.List;

/** A figure's state as a badge: its band's label in the band's colour, "Incomplete: ...", or empty. */
final class BandBadge {

    private BandBadge() {
    }

    static Span of(Figure figure, List<Band> bands) {
        Span badge = new Span(figure.stateText());
        badge.setClassName(classes(figure));
        if (figure.band() != null) {
            badge.getElement().setAttribute("data-band", figure.band().id());
            badge.getStyle().set("--band-color", BandPalette.strong(figure.band(), bands));
        }
        return badge;
    }

    /** The same badge written into a part of a page that is markup. */
    static void write(Markup markup, Figure figure, List<Band> bands) {
        if (figure.band() != null) {
            markup.element("span", classes(figure), figure.stateText(), "data-band", figure.band().id(),
                    "style", "--band-color: " + BandPalette.strong(figure.band(), bands));
        } else {
            markup.element("span", classes(figure), figure.stateText());
        }
    }

    /** A banded figure shows its band; one without, whose required questions are open, says it is incomplete. */
    private static String classes(Figure figure) {
        return figure.band() == null && figure.shown().state() == Shown.State.INCOMPLETE ? "band incomplete" : "band";
    }
}
