package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.words.Words;
import org.readiness.scorecard.TaggedPdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * A checkpoint meeting's agenda and minutes, A4 and tagged as the score card: what was done since the meeting
 * before, what is overdue, what is due before the next, whether the done actions worked, the score trend, and the
 * meeting's notes and decisions as stored.
 */
public final class CheckpointPdf {

    private CheckpointPdf() {
    }

    /** What the document holds. */
    public record Minutes(PlanReport plan, Agenda agenda, List<DidItWork.Check> checks, ScoreTrend trend,
                          @Nullable Checkpoint checkpoint) {
    }

    public static void write(Minutes minutes, OutputStream out) throws IOException {
        PlanReport report = minutes.plan();
        Words words = report.words();
        String title = words.get("plan.checkpoint.heading", minutes.agenda().day())
                + (report.organisation() == null ? "" : " - " + report.organisation());
        TaggedPdf.write(title, report.questionnaire().title().in(report.language()), report.language(),
                report.generatedAt(), report.questionnaire().id() + " " + report.questionnaire().version(),
                pdf -> content(pdf, minutes, words, title), out);
    }

    private static void content(TaggedPdf pdf, Minutes minutes, Words words, String title) throws IOException {
        PlanReport report = minutes.plan();
        Agenda agenda = minutes.agenda();
        pdf.title(title);
        pdf.note(words.get("plan.pdf.generated", report.day(report.generatedAt())));
        actions(pdf, report, words.get("plan.checkpoint.done-since"), agenda.doneSince(), words);
        actions(pdf, report, words.get("plan.checkpoint.overdue"), agenda.overdue(), words);
        actions(pdf, report, words.get("plan.checkpoint.due-next"), agenda.dueBeforeNext(), words);
        if (!minutes.checks().isEmpty()) {
            pdf.heading(words.get("plan.worked.heading"));
            for (DidItWork.Check check : minutes.checks()) {
                pdf.paragraph(check.action().title().in(report.language()) + ": "
                        + words.get(check.moved() ? "plan.worked.moved" : "plan.worked.unchanged"));
            }
        }
        pdf.heading(words.get("plan.checkpoint.trend"));
        pdf.chart(minutes.trend(), minutes.trend().description(words.get("plan.checkpoint.trend")));
        text(pdf, words.get("plan.checkpoint.notes"), minutes.checkpoint() == null ? "" : minutes.checkpoint().notes(),
                words);
        text(pdf, words.get("plan.checkpoint.decisions"), minutes.checkpoint() == null ? ""
                : minutes.checkpoint().decisions(), words);
    }

    private static void actions(TaggedPdf pdf, PlanReport report, String heading, List<PlannedAction> actions,
                                Words words) throws IOException {
        pdf.heading(heading);
        if (actions.isEmpty()) {
            pdf.paragraph(words.get("plan.checkpoint.nothing"));
        }
        for (PlannedAction action : actions) {
            pdf.strong(report.title(action.actionId()));
            pdf.indented(words.get("plan.action.owner") + ": " + report.owner(action) + " \u00b7 "
                    + words.get("plan.action.due") + ": " + Objects.toString(action.due(), "\u2013"));
        }
    }

    private static void text(TaggedPdf pdf, String heading, String text, Words words) throws IOException {
        pdf.heading(heading);
        pdf.paragraph(text.isBlank() ? words.get("plan.checkpoint.nothing-written") : text);
    }

}
