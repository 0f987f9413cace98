package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Owner;
import org.readiness.recommendation.AreaOwners;
import org.readiness.recommendation.Evaluation;

/** The recommended structure with its reason, and who should own each area. */
class StructureSection extends Section {

    StructureSection(Evaluation evaluation, String language) {
        addClassName("structure");
        add(new H2(getTranslation("result.structure")));
        String structure = evaluation.recommendation().structure().id();
        Span name = new Span(name(this, evaluation, language));
        name.addClassName("structure-name");
        name.getElement().setAttribute("data-structure", structure);
        add(name, new Paragraph(evaluation.recommendation().reason().in(language)));
        add(new H3(getTranslation("result.owners")));
        Div owners = new Div();
        owners.addClassName("owners");
        for (AreaOwners areaOwners : evaluation.recommendation().owners()) {
            Area area = evaluation.questionnaire().area(areaOwners.areaId()).orElseThrow();
            UnorderedList list = new UnorderedList();
            for (Owner owner : areaOwners.owners()) {
                ListItem item = new ListItem(new Span(owner.title().in(language)));
                if (owner.why() != null) {
                    Span why = new Span(owner.why().in(language));
                    why.addClassName("owner-why");
                    item.add(why);
                }
                list.add(item);
            }
            Div card = new Div(new H3(area.title().in(language)), list);
            card.addClassName("owner-card");
            owners.add(card);
        }
        add(owners);
    }

    /** The recommended structure's name: the questionnaire's words for it, or else the app's. */
    static String name(Component ui, Evaluation evaluation, String language) {
        return evaluation.questionnaire().structure().name(evaluation.recommendation().structure(), language,
                key -> ui.getTranslation(key));
    }
}
