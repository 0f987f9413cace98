package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.result.Recommended;

/** The recommended structure with its reason, and who should own each area. */
class StructureSection extends Section {

    StructureSection(Recommended recommended) {
        addClassName("structure");
        add(new H2(getTranslation("result.structure")));
        Span name = new Span(recommended.structureName());
        name.addClassName("structure-name");
        name.getElement().setAttribute("data-structure", recommended.structureId());
        add(name, new Paragraph(recommended.structureReason()));
        add(new H3(getTranslation("result.owners")));
        add(owners(recommended));
    }

    /** Who should own each area: text the reader does not change, so one element of markup. */
    private static Html owners(Recommended recommended) {
        Markup owners = new Markup().open("div", "owners");
        for (Recommended.Owners area : recommended.owners()) {
            owners.open("div", "owner-card").element("h3", null, area.areaTitle()).open("ul", null);
            for (Recommended.Owner owner : area.owners()) {
                owners.open("li", null).element("span", null, owner.title());
                if (owner.why() != null) {
                    owners.element("span", "owner-why", owner.why());
                }
                owners.close("li");
            }
            owners.close("ul").close("div");
        }
        return owners.close("div").toComponent();
    }
}
