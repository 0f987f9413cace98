package org.readiness.plan;

import org.readiness.questionnaire.Area;
import org.readiness.words.Words;
import org.readiness.scorecard.TaggedPdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The plan for people, A4 and tagged as the score card: the projection, the actions, who owns what, the meetings. */
public final class PlanPdf {

    private static final String DASH = "\u2013";

    private PlanPdf() {
    }

    public static void write(PlanReport report, OutputStream out) throws IOException {
        Words words = report.words();
        String title = words.get("plan.heading") + (report.organisation() == null ? "" : " - " + report.organisation());
        TaggedPdf.write(title, report.questionnaire().title().in(report.language()), report.language(),
                report.generatedAt(), report.questionnaire().id() + " " + report.questionnaire().version(),
                pdf -> content(pdf, report, words, title), out);
    }

    private static void content(TaggedPdf pdf, PlanReport report, Words words, String title) throws IOException {
        pdf.title(title);
        pdf.note(words.get("plan.pdf.made", report.day(report.assessedAt()), report.day(report.generatedAt())));
        pdf.heading(words.get("plan.projection.heading"));
        pdf.table(new float[] {0.4f, 0.3f, 0.3f}, List.of(words.get("plan.projection.area"),
                words.get("plan.projection.today"), words.get("plan.projection.projected")), projection(report, words));
        pdf.heading(words.get("plan.actions.heading"));
        if (report.plan().actions().isEmpty()) {
            pdf.paragraph(words.get("plan.pdf.no-actions"));
        }
        for (PlannedAction action : report.plan().actions()) {
            pdf.strong(report.title(action.actionId()));
            pdf.indented(String.join(" \u00b7 ", words.get("plan.action.owner") + ": " + report.owner(action),
                    words.get("plan.action.due") + ": " + Objects.toString(action.due(), DASH),
                    words.get("plan.action.status") + ": " + report.status(action.status())));
            if (!action.notes().isBlank()) {
                pdf.indented(action.notes());
            }
        }
        raci(pdf, report, words);
        Rhythm rhythm = report.plan().rhythm();
        pdf.heading(words.get("plan.rhythm.heading"));
        pdf.paragraph(rhythm == null ? words.get("plan.pdf.no-rhythm") : words.get("plan.pdf.rhythm", rhythm.weeks(),
                rhythm.firstMeeting().toLocalDate(), rhythm.firstMeeting().toLocalTime(), rhythm.zone().getId(),
                rhythm.minutes()));
    }

    private static List<List<String>> projection(PlanReport report, Words words) {
        Projection projection = report.projection();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.get("plan.projection.overall"), ProjectedScoreText.of(projection.overallNow(), words),
                ProjectedScoreText.of(projection.overallProjected(), words)));
        for (Area area : report.questionnaire().areas()) {
            rows.add(List.of(area.title().in(report.language()), ProjectedScoreText.of(projection.areaNow(area.id()), words),
                    ProjectedScoreText.of(projection.areaProjected(area.id()), words)));
        }
        return rows;
    }

    private static void raci(TaggedPdf pdf, PlanReport report, Words words) throws IOException {
        pdf.heading(words.get("plan.raci.heading"));
        List<Person> people = report.plan().people();
        if (people.isEmpty()) {
            pdf.paragraph(words.get("plan.pdf.no-people"));
            return;
        }
        float first = 0.34f;
        float[] shares = new float[people.size() + 1];
        shares[0] = first;
        for (int i = 1; i < shares.length; i++) {
            shares[i] = (1 - first) / people.size();
        }
        List<String> header = new ArrayList<>(List.of(words.get("plan.raci.row")));
        people.forEach(person -> header.add(person.name()));
        List<List<String>> rows = new ArrayList<>();
        for (String row : report.raciRows()) {
            List<String> cells = new ArrayList<>(List.of(report.rowName(row)));
            people.forEach(person -> cells.add(report.plan().raci().stream().filter(cell -> cell.rowKey().equals(row)
                    && cell.personId() == person.id()).findFirst().map(cell -> cell.letter().name()).orElse(DASH)));
            rows.add(cells);
        }
        pdf.table(shares, header, rows);
        pdf.paragraph(report.raciProblems().isEmpty() ? words.get("plan.raci.ok") : words.get("plan.raci.rule"));
        for (RaciCheck.Problem problem : report.raciProblems()) {
            pdf.indented(problem.accountable().isEmpty() ? words.get("plan.raci.none", report.rowName(problem.rowKey()))
                    : words.get("plan.raci.several", report.rowName(problem.rowKey()), String.join(", ",
                    problem.accountable().stream().map(Person::name).toList())));
        }
    }
}
