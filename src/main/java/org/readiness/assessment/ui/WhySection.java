package org.readiness.assessment.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.base.ui.Named;
import org.readiness.result.Figure;
import org.readiness.result.Result;

/**
 * "Why this score": per area its total, opening to each question's answer, points and (for consultants) note; and
 * how the areas' weights make the overall score.
 */
class WhySection extends Section {

    WhySection(Result result) {
        addClassName("why");
        H2 heading = new H2(getTranslation("result.why"));
        add(heading, new Paragraph(getTranslation("result.why.intro")));
        Named.region(this, heading);
        for (Figure area : result.areas()) {
            Details details = new Details(area.why());
            details.addClassName("why-area");
            // Built when first opened: the tables are most of the page, and a closed one would cost every open
            // result page its memory on the server.
            details.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(table(area));
                }
            });
            add(details);
        }
        Paragraph weights = new Paragraph(result.overall().why());
        weights.addClassName("why-overall");
        add(weights);
    }

    private NativeTable table(Figure area) {
        NativeTable table = new NativeTable();
        table.addClassName("why-table");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("result.why.question"));
        head.addHeaderCell().setText(getTranslation("result.why.answer"));
        head.addHeaderCell().setText(getTranslation("result.why.points"));
        table.getHead().add(head);
        for (Figure.QuestionLine question : area.questions()) {
            NativeTableRow row = new NativeTableRow();
            var questionCell = row.addDataCell();
            questionCell.setText(question.text());
            if (!question.note().isEmpty()) {
                Span noteText = new Span(getTranslation("interview.note") + ": " + question.note());
                noteText.addClassName("note-text");
                questionCell.add(noteText);
            }
            row.addDataCell().setText(question.answerText());
            row.addDataCell().setText(question.pointsText());
            table.getBody().add(row);
        }
        return table;
    }
}
