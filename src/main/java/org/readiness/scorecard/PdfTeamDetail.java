package org.readiness.scorecard;

import org.readiness.questionnaire.Area;
import org.readiness.result.AnswerRow;
import org.readiness.result.Person;
import org.readiness.result.Result;
import org.readiness.result.TeamPart;
import org.readiness.words.Words;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A team's score card after its first page: the role-by-area table and each question's answers per person. */
final class PdfTeamDetail {

    private PdfTeamDetail() {
    }

    static void write(Result result, TeamPart team, PdfPages pages) throws IOException {
        roleByArea(result, team, pages);
        answers(result, team, pages);
        pages.space(8);
        pages.paragraph(result.overall().why(), 9.5f, false, PdfPages.TEXT, 0);
    }

    private static void roleByArea(Result result, TeamPart team, PdfPages pages) throws IOException {
        Words words = result.words();
        PdfScoreCard.heading(pages, words.get("team.result.role-area"));
        List<Area> areas = result.questionnaire().areas();
        List<String> header = new ArrayList<>(List.of(words.get("team.role")));
        areas.forEach(area -> header.add(area.title().in(result.language())));
        PdfTable table = new PdfTable(pages, shares(0.34f, areas.size()), header);
        for (TeamPart.RoleRow row : team.roleByArea()) {
            List<String> cells = new ArrayList<>(List.of(words.get("team.result.role-people", row.label(),
                    team.peopleIn(row.roleId()))));
            areas.forEach(area -> cells.add(score(row.scores().get(area.id()))));
            table.row(cells);
        }
        List<String> teamRow = new ArrayList<>(List.of(words.get("team.result.team")));
        areas.forEach(area -> teamRow.add(result.area(area.id()).orElseThrow().scoreText()));
        table.row(teamRow);
        pages.space(10);
    }

    private static void answers(Result result, TeamPart team, PdfPages pages) throws IOException {
        PdfScoreCard.heading(pages, result.words().get("team.answers.heading"));
        List<String> header = new ArrayList<>(List.of(result.words().get("result.why.question")));
        team.people().forEach(person -> header.add(person.label()));
        header.add(result.words().get("team.result.team"));
        PdfTable table = new PdfTable(pages, shares(0.3f, team.people().size() + 1), header);
        Map<String, Map<String, AnswerRow>> byQuestion = new LinkedHashMap<>();
        for (AnswerRow row : result.answers()) {
            byQuestion.computeIfAbsent(row.questionId(), id -> new LinkedHashMap<>()).put(row.respondent().id(), row);
        }
        for (Map<String, AnswerRow> rows : byQuestion.values()) {
            List<String> cells = new ArrayList<>(List.of(rows.values().iterator().next().questionText()));
            for (Person person : team.people()) {
                AnswerRow row = rows.get(person.id());
                cells.add(row == null ? "\u2013" : row.counts() ? row.answerText() + " (" + row.pointsText() + ")"
                        : row.answerText());
            }
            AnswerRow merged = rows.get(Person.TEAM);
            cells.add(merged == null ? "\u2013" : merged.pointsText());
            table.row(cells);
        }
    }

    /** The first column's share, the rest split evenly. */
    private static float[] shares(float first, int others) {
        float[] shares = new float[others + 1];
        shares[0] = first;
        for (int i = 1; i < shares.length; i++) {
            shares[i] = (1 - first) / others;
        }
        return shares;
    }

    private static String score(Integer score) {
        return score == null ? "\u2013" : String.valueOf(score);
    }
}
