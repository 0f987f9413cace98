package org.readiness.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** One field of the studio's form: its inputs, and below them what the checks say about it. */
final class FieldBox extends Div {

    private final Paragraph problem = new Paragraph();

    FieldBox(String pointer, Component... inputs) {
        addClassName("field-box");
        getElement().setAttribute("data-pointer", pointer);
        add(inputs);
        problem.addClassName("field-problem");
        problem.setVisible(false);
        add(problem);
    }

    void showProblem(String sentence) {
        problem.setText(sentence);
        problem.setVisible(!sentence.isEmpty());
        getElement().setAttribute("data-invalid", !sentence.isEmpty());
    }
}
