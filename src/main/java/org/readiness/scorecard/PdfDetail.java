package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.readiness.result.AnswerRow;
import org.readiness.result.Figure;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.words.Words;

import java.io.IOException;
import java.util.List;

/** One respondent's score card after its first page: every answer with its points and notes, every next step, why. */
final class PdfDetail {

    private final Result result;
    private final Words words;
    private final PdfPages pages;

    private PdfDetail(Result result, PdfPages pages) {
        this.result = result;
        this.words = result.words();
        this.pages = pages;
    }

    static void write(Result result, PdfPages pages) throws IOException {
        PdfDetail detail = new PdfDetail(result, pages);
        detail.answers();
        detail.allActions();
        detail.why();
    }

    /** Every answer, step by step: the questions that were asked, as the review lists them; hidden ones are left out. */
    private void answers() throws IOException {
        PdfScoreCard.heading(pages, words.get("scorecard.detail"));
        String currentStep = null;
        for (AnswerRow row : result.answers()) {
            if (row.hidden()) {
                continue;
            }
            if (!row.stepId().equals(currentStep)) {
                currentStep = row.stepId();
                pages.space(4);
                pages.need(40);
                pages.paragraph(StandardStructureTypes.H3, row.stepTitle(), 12, true, PdfPages.ACCENT, 0);
            }
            pages.need(36);
            pages.paragraph(row.questionText(), 9.5f, true, PdfPages.TEXT, 0);
            pages.paragraph(words.get("result.why.answer") + ": " + row.answerText(), 9.5f, false, PdfPages.TEXT, 10);
            pages.paragraph(words.get("result.why.points") + ": " + row.pointsText(), 9, false, PdfPages.MUTED, 10);
            if (!row.note().isEmpty()) {
                pages.paragraph(words.get("scorecard.note") + ": " + row.note(), 9, false, PdfPages.TEXT, 10);
            }
            pages.space(4);
        }
    }

    /** Every next step, with the points it would win back. */
    private void allActions() throws IOException {
        List<Recommended.ActionLine> actions = result.recommended().actions();
        if (actions.isEmpty()) {
            return;
        }
        pages.space(8);
        PdfScoreCard.heading(pages, words.get("result.actions"));
        for (int i = 0; i < actions.size(); i++) {
            Recommended.ActionLine action = actions.get(i);
            pages.need(40);
            pages.paragraph((i + 1) + ". " + action.title(), 10, true, PdfPages.TEXT, 0);
            pages.paragraph(action.reason(), 9, false, PdfPages.TEXT, 12);
            if (action.pointsText() != null) {
                pages.paragraph(action.pointsText(), 8.5f, false, PdfPages.MUTED, 12);
            }
        }
    }

    /** Why each area scored as it did, question by question, and how the overall score is made. */
    private void why() throws IOException {
        pages.space(8);
        pages.need(60);
        PdfScoreCard.heading(pages, words.get("result.why"));
        for (Figure area : result.areas()) {
            pages.need(30);
            pages.paragraph(area.why(), 10, true, PdfPages.TEXT, 0);
            for (Figure.QuestionLine question : area.questions()) {
                if (question.counts()) {
                    pages.paragraph(question.text() + " \u2013 " + question.pointsText(), 9, false, PdfPages.MUTED, 10);
                }
            }
            pages.space(4);
        }
        pages.paragraph(result.overall().why(), 9.5f, false, PdfPages.TEXT, 0);
    }
}
