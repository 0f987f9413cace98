package org.readiness.scorecard;

import org.readiness.chart.BandPalette;
import org.readiness.chart.TeamChart;
import org.readiness.merge.Disagreement;
import org.readiness.merge.MergedQuestion;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A team's score card, A4: page 1 the team's scores with every respondent on the chart, the top disagreements, the
 * structure and the top next steps; then the role-by-area table and each question's answers per respondent.
 */
final class TeamPdfScoreCard {

    private static final int TOP = 5;

    private final TeamScoreCardInput input;
    private final TeamEvaluation team;
    private final String language;
    private final Labels labels;
    private final TeamWords words;

    private TeamPdfScoreCard(TeamScoreCardInput input) {
        this.input = input;
        this.team = input.team();
        this.language = input.language();
        this.labels = Labels.of(language);
        this.words = new TeamWords(team.questionnaire(), language);
    }

    static void write(TeamScoreCardInput input, OutputStream out) throws IOException {
        new TeamPdfScoreCard(input).render(out);
    }

    private void render(OutputStream out) throws IOException {
        String title = labels.get("scorecard.team.title")
                + (input.organisation() == null ? "" : " - " + input.organisation());
        PdfDocuments.Info info = new PdfDocuments.Info(title, team.questionnaire().title().in(language), language,
                input.generatedAt(), PdfDocuments.footer(team.questionnaire(), labels));
        PdfDocuments.write(info, pages -> {
            card(pages);
            pages.newPage();
            roleByArea(pages);
            answers(pages);
        }, out);
    }

    private void card(PdfPages pages) throws IOException {
        pages.paragraph(labels.get("scorecard.team.title"), 20, true, PdfPages.TEXT, 0);
        pages.paragraph(team.questionnaire().title().in(language), 11, false, PdfPages.MUTED, 0);
        if (input.organisation() != null) {
            pages.paragraph(input.organisation(), 14, true, PdfPages.ACCENT, 0);
        }
        pages.paragraph(labels.get("scorecard.generated", DateTimeFormatter.ISO_LOCAL_DATE.format(
                input.generatedAt().atOffset(ZoneOffset.UTC))) + " \u00b7 " + labels.get("scorecard.team.respondents",
                team.respondents().size()), 9, false, PdfPages.MUTED, 0);
        if (team.isOneView()) {
            pages.paragraph(labels.get("scorecard.team.one-view"), 9.5f, true, PdfPages.TEXT, 0);
        }
        pages.space(8);
        Integer overall = team.evaluation().score().overall();
        pages.paragraph(labels.get("team.result.overall") + ": " + (overall == null ? "-" : overall) + " "
                + labels.get("scorecard.out-of"), 16, true, PdfPages.TEXT, 0);
        Band band = team.evaluation().score().overallBand();
        if (band != null) {
            Color color = Color.decode(BandPalette.strong(band, team.questionnaire().bands().overall()));
            pages.paragraph(band.label().in(language), 13, true, color, 0);
        }
        pages.space(6);
        PdfScoreCard.heading(pages, labels.get("result.areas"));
        PdfChart.draw(TeamChart.of(team, language, new TeamChart.Words(labels.get("result.not-scored"),
                labels.get("team.chart.line"), labels.get("team.chart.spread"))), labels.get("team.result.chart-title")
                + ": " + TeamChart.describe(team, language, labels.get("team.result.team"), words::name), pages);
        pages.space(6);
        PdfScoreCard.heading(pages, labels.get("team.talk.heading"));
        if (team.disagreements().isEmpty()) {
            pages.paragraph(labels.get(team.isOneView() ? "team.talk.one-view" : "team.talk.none"), 9.5f, false,
                    PdfPages.TEXT, 0);
        }
        List<Disagreement> top = team.disagreements().stream().limit(TOP).toList();
        for (int i = 0; i < top.size(); i++) {
            MergedQuestion question = top.get(i).question();
            pages.need(34);
            pages.paragraph((i + 1) + ". " + question.question().text().in(language), 9.5f, true, PdfPages.TEXT, 0);
            pages.paragraph(words.whoAnsweredWhat(question.question(), question.groups()), 9, false, PdfPages.MUTED,
                    12);
        }
        pages.space(4);
        PdfScoreCard.heading(pages, labels.get("result.structure"));
        pages.paragraph(labels.get("result.structure." + team.evaluation().recommendation().structure().id()), 11,
                true, PdfPages.TEXT, 0);
        pages.paragraph(team.evaluation().recommendation().reason().in(language), 9.5f, false, PdfPages.TEXT, 0);
        pages.space(4);
        PdfScoreCard.heading(pages, labels.get("result.actions"));
        List<RecommendedAction> actions = team.evaluation().recommendation().actions();
        if (actions.isEmpty()) {
            pages.paragraph(labels.get("result.actions.none"), 9.5f, false, PdfPages.TEXT, 0);
        }
        for (int i = 0; i < Math.min(TOP, actions.size()); i++) {
            pages.paragraph((i + 1) + ". " + actions.get(i).action().title().in(language), 10, true, PdfPages.TEXT, 0);
        }
    }

    private void roleByArea(PdfPages pages) throws IOException {
        PdfScoreCard.heading(pages, labels.get("team.result.role-area"));
        List<Area> areas = team.questionnaire().areas();
        float[] shares = new float[areas.size() + 1];
        shares[0] = 0.34f;
        for (int i = 1; i < shares.length; i++) {
            shares[i] = 0.66f / areas.size();
        }
        List<String> header = new ArrayList<>(List.of(labels.get("team.role")));
        areas.forEach(area -> header.add(area.title().in(language)));
        PdfTable table = new PdfTable(pages, shares, header);
        for (var row : team.roleByArea().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(words.role(row.getKey()) + " ("
                    + team.respondents().stream().filter(each -> each.roleId().equals(row.getKey())).count() + ")"));
            areas.forEach(area -> cells.add(score(row.getValue().get(area.id()))));
            table.row(cells);
        }
        List<String> teamRow = new ArrayList<>(List.of(labels.get("team.result.team")));
        areas.forEach(area -> teamRow.add(score(team.evaluation().score().area(area.id()).map(AreaScore::score)
                .orElse(null))));
        table.row(teamRow);
        pages.space(10);
    }

    private void answers(PdfPages pages) throws IOException {
        PdfScoreCard.heading(pages, labels.get("team.answers.heading"));
        List<Respondent> respondents = team.respondents();
        float[] shares = new float[respondents.size() + 1];
        shares[0] = 0.3f;
        for (int i = 1; i < shares.length; i++) {
            shares[i] = 0.7f / respondents.size();
        }
        List<String> header = new ArrayList<>(List.of(labels.get("result.why.question")));
        respondents.forEach(respondent -> header.add(words.name(respondent)));
        PdfTable table = new PdfTable(pages, shares, header);
        for (MergedQuestion question : team.questions()) {
            if (question.byRespondent().isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(question.question().text().in(language)));
            for (Respondent respondent : respondents) {
                cells.add(cell(question, question.byRespondent().get(respondent.id())));
            }
            table.row(cells);
        }
    }

    private String cell(MergedQuestion question, QuestionScore score) {
        if (score == null || score.status() == QuestionScore.Status.HIDDEN) {
            return "-";
        }
        String answer = words.answer(question.question(),
                new org.readiness.merge.AnswerGroup(score.answer(), null, List.of()));
        return score.counts() ? answer + " (" + labels.get("result.why.points-value",
                ScoreCardContent.points(score.earned()), ScoreCardContent.points(score.reachable())) + ")" : answer;
    }

    private static String score(Integer score) {
        return score == null ? "-" : String.valueOf(score);
    }
}
