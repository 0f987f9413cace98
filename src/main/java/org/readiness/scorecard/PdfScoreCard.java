package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.readiness.chart.AreaChart;
import org.readiness.chart.BarChart;
import org.readiness.chart.Shape;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Owner;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.AreaOwners;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.scoring.AreaScore;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

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

    /** Drawn in memory within a turn (see {@link ParsedFonts}); a slow client then holds no turn while it reads. */
    private void render(OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream drawn = new java.io.ByteArrayOutputStream(64 * 1024);
        ParsedFonts parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            describe(document);
            PdfFonts fonts = new PdfFonts(document, parsed);
            PdfPages pages = new PdfPages(document, fonts);
            card(pages);
            pages.newPage();
            detail(pages);
            allActions(pages);
            why(pages);
            pages.close();
            footers(document, pages.pages(), fonts);
            document.save(drawn);
        } finally {
            parsed.giveBack();
        }
        drawn.writeTo(out);
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = labels.get("title") + (input.organisation() == null ? "" : " - " + input.organisation());
        info.setTitle(title);
        info.setAuthor("Commerce Readiness");
        info.setCreator("Commerce Readiness");
        info.setSubject(evaluation.questionnaire().title().in(language));
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(input.generatedAt().toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(language);
        document.getDocumentCatalog().setViewerPreferences(new org.apache.pdfbox.pdmodel.interactive.viewerpreferences
                .PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary()));
        document.getDocumentCatalog().getViewerPreferences().setDisplayDocTitle(true);
    }

    private void card(PdfPages pages) throws IOException {
        pages.paragraph(labels.get("title"), 20, true, PdfPages.TEXT, 0);
        if (input.organisation() != null) {
            pages.paragraph(input.organisation(), 14, true, PdfPages.ACCENT, 0);
        }
        pages.paragraph(labels.get("generated", DateTimeFormatter.ISO_LOCAL_DATE.format(
                input.generatedAt().atOffset(ZoneOffset.UTC))), 9, false, PdfPages.MUTED, 0);
        pages.space(10);
        Integer overall = evaluation.score().overall();
        String band = evaluation.score().overallBand() == null ? ""
                : " - " + evaluation.score().overallBand().label().in(language);
        pages.paragraph(labels.get("overall") + ": " + (overall == null ? "-" : overall) + " " + labels.get("out-of")
                + band, 16, true, PdfPages.TEXT, 0);
        if (evaluation.score().overallBand() != null && evaluation.score().overallBand().summary() != null) {
            pages.paragraph(evaluation.score().overallBand().summary().in(language), 10, false, PdfPages.MUTED, 0);
        }
        pages.space(8);
        heading(pages, labels.get("areas"));
        chart(pages);
        pages.space(6);
        heading(pages, labels.get("structure"));
        pages.paragraph(labels.get("structure." + evaluation.recommendation().structure().id()), 11, true,
                PdfPages.TEXT, 0);
        pages.paragraph(evaluation.recommendation().reason().in(language), 9.5f, false, PdfPages.TEXT, 0);
        pages.space(4);
        heading(pages, labels.get("owners"));
        for (AreaOwners owners : evaluation.recommendation().owners()) {
            Area area = evaluation.questionnaire().area(owners.areaId()).orElseThrow();
            List<String> titles = owners.owners().stream().map(Owner::title).map(title -> title.in(language)).toList();
            pages.paragraph(area.title().in(language) + ": " + String.join("; ", titles), 9.5f, false, PdfPages.TEXT, 0);
        }
        pages.space(4);
        heading(pages, labels.get("actions"));
        List<RecommendedAction> actions = evaluation.recommendation().actions();
        if (actions.isEmpty()) {
            pages.paragraph(labels.get("actions.none"), 9.5f, false, PdfPages.TEXT, 0);
        }
        for (int i = 0; i < Math.min(TOP_ACTIONS, actions.size()); i++) {
            RecommendedAction action = actions.get(i);
            pages.paragraph((i + 1) + ". " + action.action().title().in(language), 10, true, PdfPages.TEXT, 0);
            pages.paragraph(action.action().reason().in(language), 9, false, PdfPages.MUTED, 12);
        }
        if (actions.size() > TOP_ACTIONS) {
            pages.paragraph(labels.get("actions.more", actions.size()), 9, false, PdfPages.MUTED, 0);
        }
    }

    /** The chart of the screen, the same shapes, drawn as vector rectangles, lines and text. */
    private void chart(PdfPages pages) throws IOException {
        BarChart chart = AreaChart.of(evaluation, language, labels.get("chart-not-scored"));
        float scale = PdfPages.WIDTH / (float) BarChart.WIDTH;
        float height = (float) chart.height() * scale;
        pages.need(height);
        float top = pages.y();
        PDPageContentStream content = pages.content();
        for (Shape shape : chart.layout()) {
            if (shape instanceof Shape.Rect rect) {
                content.setNonStrokingColor(Color.decode(rect.color()));
                content.addRect(x(rect.x(), scale), bottom(top, rect.y() + rect.height(), scale),
                        (float) rect.width() * scale, (float) rect.height() * scale);
                content.fill();
            } else if (shape instanceof Shape.Line line) {
                content.setStrokingColor(Color.decode(line.color()));
                content.setLineWidth((float) line.thickness() * scale);
                content.moveTo(x(line.x1(), scale), bottom(top, line.y1(), scale));
                content.lineTo(x(line.x2(), scale), bottom(top, line.y2(), scale));
                content.stroke();
            } else if (shape instanceof Shape.Text text) {
                float size = (float) text.size() * scale;
                float width = pages.fonts().width(text.text(), text.bold(), size);
                float x = x(text.x(), scale) - switch (text.anchor()) {
                    case START -> 0;
                    case MIDDLE -> width / 2;
                    case END -> width;
                };
                pages.drawText(text.text(), x, top + (float) text.y() * scale, size, text.bold(),
                        Color.decode(text.color()));
            }
        }
        pages.space(height);
    }

    private static float x(double chartX, float scale) {
        return PdfPages.MARGIN + (float) chartX * scale;
    }

    private static float bottom(float top, double chartY, float scale) {
        return PdfPages.SIZE.getHeight() - top - (float) chartY * scale;
    }

    private void detail(PdfPages pages) throws IOException {
        heading(pages, labels.get("detail"));
        String currentStep = null;
        for (ScoreCardContent.Row row : ScoreCardContent.rows(input)) {
            if (!row.step().id().equals(currentStep)) {
                currentStep = row.step().id();
                pages.space(4);
                pages.need(40);
                pages.paragraph(row.step().title().in(language), 12, true, PdfPages.ACCENT, 0);
            }
            pages.need(36);
            pages.paragraph(row.question().text().in(language), 9.5f, true, PdfPages.TEXT, 0);
            pages.paragraph(labels.get("answer") + ": " + row.answerText(), 9.5f, false, PdfPages.TEXT, 10);
            String points = row.score().counts()
                    ? labels.get("points.value", ScoreCardContent.points(row.score().earned()),
                    ScoreCardContent.points(row.score().reachable()))
                    : labels.get("points.none");
            pages.paragraph(labels.get("points") + ": " + points, 9, false, PdfPages.MUTED, 10);
            if (!row.note().isEmpty()) {
                pages.paragraph(labels.get("note") + ": " + row.note(), 9, false, PdfPages.TEXT, 10);
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
        heading(pages, labels.get("actions"));
        for (int i = 0; i < actions.size(); i++) {
            RecommendedAction action = actions.get(i);
            pages.need(40);
            pages.paragraph((i + 1) + ". " + action.action().title().in(language), 10, true, PdfPages.TEXT, 0);
            pages.paragraph(action.action().reason().in(language), 9, false, PdfPages.TEXT, 12);
            if (action.pointsWonBack() > 0) {
                pages.paragraph(labels.get("action.points", Math.round(Math.ceil(action.pointsWonBack()))), 8.5f,
                        false, PdfPages.MUTED, 12);
            }
        }
    }

    private void why(PdfPages pages) throws IOException {
        pages.space(8);
        pages.need(60);
        heading(pages, labels.get("why"));
        Questionnaire questionnaire = evaluation.questionnaire();
        for (AreaScore area : evaluation.score().areas()) {
            String title = questionnaire.area(area.areaId()).orElseThrow().title().in(language);
            pages.need(30);
            pages.paragraph(area.isScored()
                    ? labels.get("why.area", title, ScoreCardContent.points(area.earned()),
                    ScoreCardContent.points(area.reachable()), area.score())
                    : labels.get("why.not-scored", title), 10, true, PdfPages.TEXT, 0);
            for (var score : evaluation.score().questionsOf(area.areaId())) {
                if (!score.counts()) {
                    continue;
                }
                String question = questionnaire.question(score.questionId()).orElseThrow().text().in(language);
                pages.paragraph(question + " - " + labels.get("points.value",
                        ScoreCardContent.points(score.earned()), ScoreCardContent.points(score.reachable())),
                        9, false, PdfPages.MUTED, 10);
            }
            pages.space(4);
        }
    }

    private static void heading(PdfPages pages, String text) throws IOException {
        pages.need(40);
        pages.space(4);
        pages.paragraph(text, 13, true, PdfPages.TEXT, 0);
        pages.space(2);
    }

    /** Written last, when the number of pages is known. */
    private void footers(PDDocument document, List<PDPage> pages, PdfFonts fonts) throws IOException {
        Questionnaire questionnaire = evaluation.questionnaire();
        String hash = questionnaire.contentHash() == null ? "-" : questionnaire.contentHash().substring(0, 12);
        String left = labels.get("footer", questionnaire.id(), questionnaire.version(), hash);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream content = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String right = labels.get("page", i + 1, pages.size());
                float baseline = PdfPages.SIZE.getHeight() - PdfPages.MARGIN + 12;
                PdfPages.drawText(content, fonts, left, PdfPages.MARGIN, baseline, 8, false, PdfPages.MUTED);
                float width = fonts.width(right, false, 8);
                PdfPages.drawText(content, fonts, right, PdfPages.MARGIN + PdfPages.WIDTH - width, baseline, 8, false,
                        PdfPages.MUTED);
            }
        }
    }
}
