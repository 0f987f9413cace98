package org.readiness.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
        Div owners = new Div();
        owners.addClassName("owners");
        for (Recommended.Owners area : recommended.owners()) {
            UnorderedList list = new UnorderedList();
            for (Recommended.Owner owner : area.owners()) {
                ListItem item = new ListItem(new Span(owner.title()));
                if (owner.why() != null) {
                    Span why = new Span(owner.why());
                    why.addClassName("owner-why");
                    item.add(why);
                }
                list.add(item);
            }
            Div card = new Div(new H3(area.areaTitle()), list);
            card.addClassName("owner-card");
            owners.add(card);
        }
        add(owners);
    }
}
