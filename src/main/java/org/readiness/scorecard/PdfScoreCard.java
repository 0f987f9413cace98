package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.readiness.chart.AreaChart;
import org.readiness.chart.BandPalette;
import org.readiness.chart.BarChart;
import org.readiness.chart.TeamChart;
import org.readiness.result.Figure;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;
import org.readiness.words.Words;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The score card for people, A4: page 1 the card (scores, the chart, for a team what to talk about, structure,
 * owners, the top next steps), then the detail. The card is one page whatever the answers and the name: when it
 * would run over, it is drawn shorter (the next steps without their reasons, then fewer of them), the rest
 * being in the detail; each fit is laid out without drawing first, and only the one chosen is drawn. Text stays
 * text: selectable and searchable.
 */
final class PdfScoreCard {

    /** How much of the lists the card shows, fullest first: how many items, and whether with their details. */
    private record Fit(int top, boolean details, boolean bandSummary) {
    }

    private static final List<Fit> FITS = List.of(new Fit(5, true, true), new Fit(5, false, true),
            new Fit(3, false, true), new Fit(1, false, false));

    private final Result result;
    private final Words words;
    private Fit fit = FITS.get(0);

    private PdfScoreCard(Result result) {
        this.result = result;
        this.words = result.words();
    }

    static void write(Result result, OutputStream out) throws IOException {
        new PdfScoreCard(result).render(out);
    }

    private void render(OutputStream out) throws IOException {
        String organisation = result.heading().organisation();
        String title = cardTitle() + (organisation == null ? "" : " - " + organisation);
        PdfDocuments.Info info = new PdfDocuments.Info(title, result.heading().title(), result.language(),
                result.heading().generatedAt(), result.heading().footer());
        PdfDocuments.write(info, pages -> {
            fit = fullestFitting(pages);
            card(pages);
            pages.newPage();
            if (result.team().isPresent()) {
                PdfTeamDetail.write(result, result.team().get(), pages);
            } else {
                PdfDetail.write(result, pages);
            }
        }, out);
    }

    /** The fullest fit whose card is one page, laid out without drawing; the last fit whatever it takes. */
    private Fit fullestFitting(PdfPages pages) throws IOException {
        for (Fit candidate : FITS.subList(0, FITS.size() - 1)) {
            fit = candidate;
            PdfPages measured = pages.measuring();
            card(measured);
            if (measured.pageCount() == 1) {
                return candidate;
            }
        }
        return FITS.get(FITS.size() - 1);
    }

    private String cardTitle() {
        return result.isTeam() ? words.get("scorecard.team.title")
                : result.heading().title() + " - " + words.get("scorecard.title");
    }

    private void card(PdfPages pages) throws IOException {
        head(pages);
        overall(pages);
        heading(pages, words.get("result.areas"));
        chart(pages);
        if (result.team().isPresent()) {
            talk(pages, result.team().get());
        }
        heading(pages, words.get("result.structure"));
        Recommended recommended = result.recommended();
        pages.paragraph(recommended.structureName(), 11, true, PdfPages.TEXT, 0);
        pages.paragraph(recommended.structureReason(), 9.5f, false, PdfPages.TEXT, 0);
        if (!result.isTeam()) {
            heading(pages, words.get("result.owners"));
            for (Recommended.Owners owners : recommended.owners()) {
                pages.paragraph(owners.areaTitle() + ": " + String.join("; ", owners.owners().stream()
                        .map(Recommended.Owner::title).toList()), 9.5f, false, PdfPages.TEXT, 0);
            }
        }
        heading(pages, words.get("result.actions"));
        topActions(pages, recommended);
    }

    private void head(PdfPages pages) throws IOException {
        if (result.isTeam()) {
            pages.paragraph(StandardStructureTypes.H1, words.get("scorecard.team.title"), 20, true, PdfPages.TEXT, 0);
            pages.paragraph(result.heading().title(), 11, false, PdfPages.MUTED, 0);
        } else {
            pages.paragraph(StandardStructureTypes.H1, result.heading().title(), 20, true, PdfPages.TEXT, 0);
        }
        if (result.heading().organisation() != null) {
            pages.paragraph(result.heading().organisation(), 14, true, PdfPages.ACCENT, 0);
        }
        String made = result.team().map(team -> result.heading().generatedText() + " \u00b7 " + team.peopleText())
                .orElse(words.get("scorecard.title") + " \u00b7 " + result.heading().generatedText());
        pages.paragraph(made, 9, false, PdfPages.MUTED, 0);
        if (result.team().map(TeamPart::oneView).orElse(false)) {
            pages.paragraph(words.get("scorecard.team.one-view"), 9.5f, true, PdfPages.TEXT, 0);
        }
        pages.space(10);
    }

    /** The overall score, or why there is none yet and which questions are open. */
    private void overall(PdfPages pages) throws IOException {
        Figure overall = result.overall();
        String label = words.get(result.isTeam() ? "team.result.overall" : "result.overall");
        pages.paragraph(label + ": " + overall.scoreText() + " " + words.get("scorecard.out-of"), 16, true,
                PdfPages.TEXT, 0);
        if (!result.isComplete()) {
            pages.paragraph(overall.stateText(), 13, true, PdfPages.TEXT, 0);
            pages.paragraph(result.openText(), 9.5f, false, PdfPages.TEXT, 0);
        } else if (overall.band() != null) {
            Color color = Color.decode(BandPalette.strong(overall.band(), result.questionnaire().bands().overall()));
            pages.paragraph(overall.stateText(), 13, true, color, 0);
            if (overall.bandSummary() != null && fit.bandSummary()) {
                pages.paragraph(overall.bandSummary(), 10, false, PdfPages.MUTED, 0);
            }
        }
        pages.space(8);
    }

    private void chart(PdfPages pages) throws IOException {
        if (result.team().isPresent()) {
            TeamPart team = result.team().get();
            PdfChart.draw(TeamChart.of(team.evaluation(), result.language(), new TeamChart.Words(
                            words.get("result.not-scored"), words.get("team.chart.line"),
                            words.get("team.chart.spread"))),
                    words.get("team.result.chart-title") + ": " + TeamChart.describe(team.evaluation(),
                            result.language(), words.get("team.result.team"), respondent -> team.people().stream()
                                    .filter(person -> person.id().equals(respondent.id())).findFirst().orElseThrow()
                                    .label()), pages);
        } else {
            BarChart chart = AreaChart.of(result);
            PdfChart.draw(chart, PdfChart.description(chart, words.get("result.chart-title")), pages);
        }
        pages.space(6);
    }

    private void talk(PdfPages pages, TeamPart team) throws IOException {
        heading(pages, words.get("team.talk.heading"));
        if (team.disagreements().isEmpty()) {
            pages.paragraph(words.get(team.oneView() ? "team.talk.one-view" : "team.talk.none"), 9.5f, false,
                    PdfPages.TEXT, 0);
        }
        List<TeamPart.Talk> top = team.disagreements().stream().limit(fit.top()).toList();
        for (int i = 0; i < top.size(); i++) {
            pages.need(34);
            pages.paragraph((i + 1) + ". " + top.get(i).questionText(), 9.5f, true, PdfPages.TEXT, 0);
            if (fit.details()) {
                pages.paragraph(top.get(i).whoAnsweredWhat(), 9, false, PdfPages.MUTED, 12);
            }
        }
    }

    private void topActions(PdfPages pages, Recommended recommended) throws IOException {
        List<Recommended.ActionLine> actions = recommended.actions();
        if (actions.isEmpty()) {
            pages.paragraph(recommended.noActions(), 9.5f, false, PdfPages.TEXT, 0);
        }
        for (int i = 0; i < Math.min(fit.top(), actions.size()); i++) {
            pages.paragraph((i + 1) + ". " + actions.get(i).title(), 10, true, PdfPages.TEXT, 0);
            if (fit.details()) {
                pages.paragraph(actions.get(i).reason(), 9, false, PdfPages.MUTED, 12);
            }
        }
        if (actions.size() > fit.top()) {
            pages.paragraph(words.get("scorecard.actions.more", actions.size()), 9, false, PdfPages.MUTED, 0);
        }
    }

    static void heading(PdfPages pages, String text) throws IOException {
        pages.need(40);
        pages.space(4);
        pages.paragraph(StandardStructureTypes.H2, text, 13, true, PdfPages.TEXT, 0);
        pages.space(2);
    }
}
