package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.readiness.chart.AreaChart;
import org.readiness.chart.BandPalette;
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
            String title = describe(document);
            PdfFonts fonts = new PdfFonts(document, parsed);
            PdfTags tags = new PdfTags(document, language, title);
            PdfPages pages = new PdfPages(document, fonts, tags);
            card(pages);
            pages.newPage();
            new PdfDetail(input, labels).write(pages);
            pages.close();
            footers(document, pages.pages(), fonts);
            tags.finish();
            document.save(drawn);
        } finally {
            parsed.giveBack();
        }
        drawn.writeTo(out);
    }

    /** The document's information; returns its title: the questionnaire's, the organisation's name and "Score card". */
    private String describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = questionnaireTitle() + " - " + labels.get("scorecard.title")
                + (input.organisation() == null ? "" : " - " + input.organisation());
        info.setTitle(title);
        info.setAuthor("Commerce Readiness");
        info.setCreator("Commerce Readiness");
        info.setSubject(evaluation.questionnaire().title().in(language));
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(input.generatedAt().toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setViewerPreferences(new org.apache.pdfbox.pdmodel.interactive.viewerpreferences
                .PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary()));
        document.getDocumentCatalog().getViewerPreferences().setDisplayDocTitle(true);
        return title;
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
        PdfChart.draw(AreaChart.of(evaluation, language, labels.get("result.not-scored"),
                labels.get("result.incomplete")), labels.get("result.chart-title"), pages);
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

    /** Written last, when the number of pages is known. */
    private void footers(PDDocument document, List<PDPage> pages, PdfFonts fonts) throws IOException {
        Questionnaire questionnaire = evaluation.questionnaire();
        String hash = questionnaire.contentHash() == null ? "-" : questionnaire.contentHash().substring(0, 12);
        String left = labels.get("scorecard.footer", questionnaire.id(), questionnaire.version(), hash);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream content = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String right = labels.get("scorecard.page", i + 1, pages.size());
                float baseline = PdfPages.SIZE.getHeight() - PdfPages.MARGIN + 12;
                PdfTags.artifact(content, () -> {
                    PdfPages.drawText(content, fonts, left, PdfPages.MARGIN, baseline, 8, false, PdfPages.MUTED);
                    float width = fonts.width(right, false, 8);
                    PdfPages.drawText(content, fonts, right, PdfPages.MARGIN + PdfPages.WIDTH - width, baseline, 8,
                            false, PdfPages.MUTED);
                });
            }
        }
    }
}
