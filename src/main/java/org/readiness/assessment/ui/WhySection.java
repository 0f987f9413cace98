package org.readiness.assessment.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.readiness.assessment.AssessmentResult;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Question;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;

/** "Why this score": per area its total, opening to each question's answer, points and (for consultants) note. */
class WhySection extends Section {

    WhySection(AssessmentResult result, String language) {
        addClassName("why");
        add(new H2(getTranslation("result.why")), new Paragraph(getTranslation("result.why.intro")));
        Evaluation evaluation = result.evaluation();
        for (Area area : evaluation.questionnaire().areas()) {
            AreaScore score = evaluation.score().area(area.id()).orElseThrow();
            boolean incomplete = evaluation.openRequired(area.id()) > 0;
            Details details = new Details(getTranslation(incomplete ? "result.why.area-incomplete"
                            : "result.why.area-total", area.title().in(language), AnswerLabels.plain(score.earned()),
                    AnswerLabels.plain(score.reachable()), score.isScored() ? score.score() : "-"));
            details.addClassName("why-area");
            // Built when first opened: the tables are most of the page, and a closed one would cost every open
            // result page its memory on the server.
            details.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(table(result, area, language));
                }
            });
            add(details);
        }
    }

    private NativeTable table(AssessmentResult result, Area area, String language) {
        NativeTable table = new NativeTable();
        table.addClassName("why-table");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("result.why.question"));
        head.addHeaderCell().setText(getTranslation("result.why.answer"));
        head.addHeaderCell().setText(getTranslation("result.why.points"));
        table.getHead().add(head);
        Evaluation evaluation = result.evaluation();
        for (QuestionScore questionScore : evaluation.score().questionsOf(area.id())) {
            Question question = evaluation.questionnaire().question(questionScore.questionId()).orElseThrow();
            NativeTableRow row = new NativeTableRow();
            var questionCell = row.addDataCell();
            questionCell.setText(question.text().in(language));
            String note = result.assessment().notes().getOrDefault(question.id(), "");
            if (!note.isEmpty()) {
                Span noteText = new Span(getTranslation("interview.note") + ": " + note);
                noteText.addClassName("note-text");
                questionCell.add(noteText);
            }
            row.addDataCell().setText(answerText(questionScore, question, language));
            row.addDataCell().setText(questionScore.counts()
                    ? getTranslation("result.why.points-value", AnswerLabels.plain(questionScore.earned()),
                    AnswerLabels.plain(questionScore.reachable()))
                    : "-");
            table.getBody().add(row);
        }
        return table;
    }

    private String answerText(QuestionScore score, Question question, String language) {
        return switch (score.status()) {
            case HIDDEN -> getTranslation("status.hidden");
            case UNANSWERED -> getTranslation("status.not-answered");
            case NOT_APPLICABLE -> getTranslation("status.not-applicable");
            default -> score.answer() == null ? getTranslation("status.not-answered")
                    : AnswerLabels.of(this, question, score.answer(), language);
        };
    }
}
