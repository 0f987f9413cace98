package org.readiness.scorecard;

import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;

import java.io.IOException;
import java.util.List;

/** The score card after its first page: every answer with its points and notes, every next step, and why. */
final class PdfDetail {

    private final ScoreCardInput input;
    private final Labels labels;
    private final String language;
    private final Evaluation evaluation;

    PdfDetail(ScoreCardInput input, Labels labels) {
        this.input = input;
        this.labels = labels;
        this.language = input.language();
        this.evaluation = input.evaluation();
    }

    void write(PdfPages pages) throws IOException {
        detail(pages);
        allActions(pages);
        why(pages);
    }

    /** Every answer, step by step: the questions that were asked, as the review lists them; hidden ones are left out. */
    private void detail(PdfPages pages) throws IOException {
        PdfScoreCard.heading(pages, labels.get("scorecard.detail"));
        String currentStep = null;
        for (ScoreCardContent.Row row : ScoreCardContent.rows(input)) {
            if (row.score().status() == QuestionScore.Status.HIDDEN) {
                continue;
            }
            if (!row.step().id().equals(currentStep)) {
                currentStep = row.step().id();
                pages.space(4);
                pages.need(40);
                pages.paragraph(StandardStructureTypes.H3, row.step().title().in(language), 12, true, PdfPages.ACCENT,
                        0);
            }
            pages.need(36);
            pages.paragraph(row.question().text().in(language), 9.5f, true, PdfPages.TEXT, 0);
            pages.paragraph(labels.get("result.why.answer") + ": " + row.answerText(), 9.5f, false, PdfPages.TEXT, 10);
            String points = row.score().counts()
                    ? labels.get("result.why.points-value", ScoreCardContent.points(row.score().earned()),
                    ScoreCardContent.points(row.score().reachable()))
                    : labels.get("scorecard.points.none");
            pages.paragraph(labels.get("result.why.points") + ": " + points, 9, false, PdfPages.MUTED, 10);
            if (!row.note().isEmpty()) {
                pages.paragraph(labels.get("scorecard.note") + ": " + row.note(), 9, false, PdfPages.TEXT, 10);
            }
            pages.space(4);
        }
    }

    /** Every next step, with the points it would win back. */
    private void allActions(PdfPages pages) throws IOException {
        List<RecommendedAction> actions = evaluation.recommendation().actions();
        if (actions.isEmpty()) {
            return;
        }
        pages.space(8);
        PdfScoreCard.heading(pages, labels.get("result.actions"));
        for (int i = 0; i < actions.size(); i++) {
            RecommendedAction action = actions.get(i);
            pages.need(40);
            pages.paragraph((i + 1) + ". " + action.action().title().in(language), 10, true, PdfPages.TEXT, 0);
            pages.paragraph(action.action().reason().in(language), 9, false, PdfPages.TEXT, 12);
            if (action.pointsWonBack() > 0) {
                pages.paragraph(labels.get("result.action.points", Math.round(Math.ceil(action.pointsWonBack()))), 8.5f,
                        false, PdfPages.MUTED, 12);
            }
        }
    }

    private void why(PdfPages pages) throws IOException {
        pages.space(8);
        pages.need(60);
        PdfScoreCard.heading(pages, labels.get("result.why"));
        Questionnaire questionnaire = evaluation.questionnaire();
        for (AreaScore area : evaluation.score().areas()) {
            String title = questionnaire.area(area.areaId()).orElseThrow().title().in(language);
            pages.need(30);
            String total;
            if (evaluation.openRequired(area.areaId()) > 0) {
                total = labels.get("result.why.area-incomplete", title, ScoreCardContent.points(area.earned()),
                        ScoreCardContent.points(area.reachable()));
            } else if (area.isScored()) {
                total = labels.get("result.why.area-total", title, ScoreCardContent.points(area.earned()),
                        ScoreCardContent.points(area.reachable()), area.score());
            } else {
                total = labels.get("scorecard.why.not-scored", title);
            }
            pages.paragraph(total, 10, true, PdfPages.TEXT, 0);
            for (var score : evaluation.score().questionsOf(area.areaId())) {
                if (!score.counts()) {
                    continue;
                }
                String question = questionnaire.question(score.questionId()).orElseThrow().text().in(language);
                pages.paragraph(question + " - " + labels.get("result.why.points-value",
                        ScoreCardContent.points(score.earned()), ScoreCardContent.points(score.reachable())),
                        9, false, PdfPages.MUTED, 10);
            }
            pages.space(4);
        }
    }
}
