package org.readiness.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.readiness.base.ui.Languages;
import org.readiness.scorecard.Format;

/** The plan as PDF (for people), JSON and CSV (for systems and spreadsheets). */
class PlanDownloads extends Div {

    PlanDownloads(PlanPage page) {
        addClassName("plan-downloads");
        add(new H2(getTranslation("plan.downloads.heading")));
        Div links = new Div();
        links.addClassName("download-links");
        for (Format format : Format.values()) {
            Anchor link = new Anchor(page.outputs().download(page.subject(), format, Languages.current()),
                    AttachmentType.DOWNLOAD, getTranslation("plan.download." + format.extension()));
            link.addClassName("plan-download-" + format.extension());
            links.add(link);
        }
        add(links);
    }
}
