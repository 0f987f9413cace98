package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.readiness.chart.AreaChart;
import org.readiness.chart.BandPalette;
import org.readiness.chart.BarChart;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Owner;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.AreaOwners;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The score card for people, A4: page 1 the card (scores, chart, structure, owners, top five actions), then every
 * answer with its points and notes, and why each area scored as it did. Text stays text: selectable and searchable.
 */
final class PdfScoreCard {

    private static final int TOP_ACTIONS = 5;

    private final ScoreCardInput input;
    private final Labels labels;
    private final String language;
    private final Evaluation evaluation;

    private PdfScoreCard(ScoreCardInput input) {
        this.input = input;
        this.labels = Labels.of(input.language());
        this.language = input.language();
        this.evaluation = input.evaluation();
    }

    static void write(ScoreCardInput input, OutputStream out) throws IOException {
        new PdfScoreCard(input).render(out);
    }

    private void render(OutputStream out) throws IOException {
        String title = questionnaireTitle() + " - " + labels.get("scorecard.title")
                + (input.organisation() == null ? "" : " - " + input.organisation());
        PdfDocuments.Info info = new PdfDocuments.Info(title, evaluation.questionnaire().title().in(language), language,
                input.generatedAt(), PdfDocuments.footer(evaluation.questionnaire(), labels));
        PdfDocuments.write(info, pages -> {
            card(pages);
            pages.newPage();
            new PdfDetail(input, labels).write(pages);
        }, out);
    }

    private String questionnaireTitle() {
        Questionnaire questionnaire = evaluation.questionnaire();
        return questionnaire.title().in(questionnaire.languageFor(language));
    }

    private void card(PdfPages pages) throws IOException {
        pages.paragraph(StandardStructureTypes.H1, questionnaireTitle(), 20, true, PdfPages.TEXT, 0);
        if (input.organisation() != null) {
            pages.paragraph(input.organisation(), 14, true, PdfPages.ACCENT, 0);
        }
        pages.paragraph(labels.get("scorecard.title") + " \u00b7 " + labels.get("scorecard.generated",
                DateTimeFormatter.ISO_LOCAL_DATE.format(input.generatedAt().atOffset(ZoneOffset.UTC))), 9, false,
                PdfPages.MUTED, 0);
        pages.space(10);
        int open = evaluation.openRequired().size();
        Integer overall = open == 0 ? evaluation.score().overall() : null;
        pages.paragraph(labels.get("result.overall") + ": " + (overall == null ? "\u2013" : overall) + " "
                + labels.get("scorecard.out-of"), 16, true, PdfPages.TEXT, 0);
        Band band = evaluation.score().overallBand();
        if (open > 0) {
            pages.paragraph(open == 1 ? labels.get("result.incomplete.one") : labels.get("result.incomplete.many", open),
                    13, true, PdfPages.TEXT, 0);
        } else if (band != null) {
            Color color = Color.decode(BandPalette.strong(band, evaluation.questionnaire().bands().overall()));
            pages.paragraph(band.label().in(language), 13, true, color, 0);
            if (band.summary() != null) {
                pages.paragraph(band.summary().in(language), 10, false, PdfPages.MUTED, 0);
            }
        }
        pages.space(8);
        heading(pages, labels.get("result.areas"));
        BarChart chart = AreaChart.of(evaluation, language, labels.get("result.not-scored"),
                labels.get("result.incomplete"));
        PdfChart.draw(chart, PdfChart.description(chart, labels.get("result.chart-title")), pages);
        pages.space(6);
        heading(pages, labels.get("result.structure"));
        pages.paragraph(evaluation.questionnaire().structure().name(evaluation.recommendation().structure(), language,
                labels::get), 11, true,
                PdfPages.TEXT, 0);
        pages.paragraph(evaluation.recommendation().reason().in(language), 9.5f, false, PdfPages.TEXT, 0);
        pages.space(4);
        heading(pages, labels.get("result.owners"));
        for (AreaOwners owners : evaluation.recommendation().owners()) {
            Area area = evaluation.questionnaire().area(owners.areaId()).orElseThrow();
            List<String> titles = owners.owners().stream().map(Owner::title).map(title -> title.in(language)).toList();
            pages.paragraph(area.title().in(language) + ": " + String.join("; ", titles), 9.5f, false, PdfPages.TEXT, 0);
        }
        pages.space(4);
        heading(pages, labels.get("result.actions"));
        List<RecommendedAction> actions = evaluation.recommendation().actions();
        if (actions.isEmpty()) {
            pages.paragraph(open == 0 ? labels.get("result.actions.none") : open == 1
                    ? labels.get("result.actions.open.one") : labels.get("result.actions.open.many", open),
                    9.5f, false, PdfPages.TEXT, 0);
        }
        for (int i = 0; i < Math.min(TOP_ACTIONS, actions.size()); i++) {
            RecommendedAction action = actions.get(i);
            pages.paragraph((i + 1) + ". " + action.action().title().in(language), 10, true, PdfPages.TEXT, 0);
            pages.paragraph(action.action().reason().in(language), 9, false, PdfPages.MUTED, 12);
        }
        if (actions.size() > TOP_ACTIONS) {
            pages.paragraph(labels.get("scorecard.actions.more", actions.size()), 9, false, PdfPages.MUTED, 0);
        }
    }

    static void heading(PdfPages pages, String text) throws IOException {
        pages.need(40);
        pages.space(4);
        pages.paragraph(StandardStructureTypes.H2, text, 13, true, PdfPages.TEXT, 0);
        pages.space(2);
    }
}
