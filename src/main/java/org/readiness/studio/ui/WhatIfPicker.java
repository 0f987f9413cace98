package org.readiness.studio.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.studio.AssessmentsInReach;
import org.readiness.studio.WhatMoves;

import java.util.function.Consumer;

/** What-if: the answers of a stored assessment (one of the author's own clients') loaded into the preview. */
final class WhatIfPicker extends Div {

    WhatIfPicker(WhatMoves whatMoves, Consumer<Answers> load) {
        addClassName("what-if");
        ComboBox<AssessmentsInReach.Reached> pick = new ComboBox<>(getTranslation("studio.what-if"));
        pick.setItemLabelGenerator(AssessmentsInReach.Reached::label);
        pick.setHelperText(getTranslation("studio.what-if.help"));
        pick.setWidth("22rem");
        pick.addFocusListener(focus -> {
            if (pick.getListDataView().getItemCount() == 0) {
                pick.setItems(whatMoves.loadable());
            }
        });
        pick.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load.accept(change.getValue().assessment().answers());
            }
        });
        add(pick);
    }
}
