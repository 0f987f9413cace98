package org.readiness.assessment.ui;

import com.vaadin.flow.component.Html;
import org.readiness.result.Recommended;
import org.readiness.words.Words;

/**
 * The recommended structure with its reason, and who should own each area: text the reader does not change, so one
 * element of markup.
 */
final class StructureSection {

    private StructureSection() {
    }

    static Html of(Recommended recommended, Words words) {
        Markup structure = new Markup().open("section", "structure").element("h2", null, words.get("result.structure"))
                .element("span", "structure-name", recommended.structureName(), "data-structure",
                        recommended.structureId())
                .element("p", null, recommended.structureReason())
                .element("h3", null, words.get("result.owners")).open("div", "owners");
        for (Recommended.Owners area : recommended.owners()) {
            structure.open("div", "owner-card").element("h3", null, area.areaTitle()).open("ul", null);
            for (Recommended.Owner owner : area.owners()) {
                structure.open("li", null).element("span", null, owner.title());
                if (owner.why() != null) {
                    structure.element("span", "owner-why", owner.why());
                }
                structure.close("li");
            }
            structure.close("ul").close("div");
        }
        return structure.close("div").close("section").toComponent();
    }
}
