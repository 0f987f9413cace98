package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.readiness.assessment.AssessmentResult;
import org.readiness.assessment.OpenAssessment;
import org.readiness.base.ui.Dates;
import org.readiness.base.ui.Languages;
import org.readiness.consultant.ClientInterviews;
import org.readiness.result.Shown;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A client's assessments, newest first, each shown by its translated state, its score once finished and its
 * structure; a finished one opens read-only, one in progress is continued or deleted; and two picked to compare.
 */
class ClientAssessmentList extends Div {

    private static final String DASH = "\u2013";
    private final ClientInterviews interviews;
    private final Dates dates;
    private final LongConsumer open;
    private final Runnable changed;

    /** {@code open} opens an assessment by id; {@code changed} is told when one was deleted. */
    ClientAssessmentList(List<AssessmentResult> assessments, ClientInterviews interviews, Dates dates, LongConsumer open,
                         Runnable changed) {
        this.interviews = interviews;
        this.dates = dates;
        this.open = open;
        this.changed = changed;
        add(assessmentGrid(assessments), compare(assessments));
    }

    /** Newest first; a finished assessment opens read-only, one in progress is continued or deleted. */
    private Grid<AssessmentResult> assessmentGrid(List<AssessmentResult> assessments) {
        Grid<AssessmentResult> grid = new Grid<>();
        grid.addClassName("assessments");
        // Date, state and buttons as wide as their content; the score and structure share the rest and wrap.
        grid.addColumn(result -> dates.dateTime(result.assessment().createdAt()))
                .setHeader(getTranslation("client.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(result -> state(result.assessment())).setHeader(getTranslation("client.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::score).setHeader(getTranslation("client.score"));
        grid.addColumn(result -> result.assessment().isFinished() ? structure(result) : DASH)
                .setHeader(getTranslation("client.structure"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(assessments);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div actions(AssessmentResult result) {
        long id = result.assessment().id();
        Div actions = new Div();
        actions.addClassName("row-actions");
        String date = dates.dateTime(result.assessment().createdAt());
        if (result.assessment().isFinished()) {
            actions.add(small(new Button(getTranslation("client.open"), click -> open.accept(id)),
                    getTranslation("client.open.label", date)));
            return actions;
        }
        Button delete = new Button(getTranslation("client.delete"), click -> confirmDelete(id, date));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(small(new Button(getTranslation("client.continue"), click -> open.accept(id)),
                getTranslation("client.continue.label", date)), small(delete, getTranslation("client.delete.label",
                date)));
        return actions;
    }

    private static Button small(Button button, String accessibleName) {
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(accessibleName);
        return button;
    }

    private String state(OpenAssessment assessment) {
        return getTranslation("client.state." + assessment.state().name().toLowerCase(Locale.ROOT));
    }

    /** A finished assessment's overall score, or "Incomplete" when it was finished with questions open. */
    private String score(AssessmentResult result) {
        if (!result.assessment().isFinished()) {
            return DASH;
        }
        Shown overall = result.overall();
        return switch (overall.state()) {
            case SCORED -> getTranslation("client.score-value", overall.score());
            case INCOMPLETE -> incomplete(result);
            case NOT_SCORED -> DASH;
        };
    }

    /** "Incomplete: Owner?", naming the one question open, or how many are. */
    private String incomplete(AssessmentResult result) {
        var open = result.evaluation().openRequired();
        return open.size() == 1
                ? getTranslation("client.score-incomplete", open.get(0).text().in(Languages.current()))
                : getTranslation("client.score-incomplete.many", open.size());
    }

    private String structure(AssessmentResult result) {
        var evaluation = result.evaluation();
        return evaluation.questionnaire().structure().name(evaluation.recommendation().structure(),
                Languages.current(), key -> getTranslation(key));
    }

    private void confirmDelete(long assessmentId, String date) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("client.delete.confirm.title"),
                getTranslation("client.delete.confirm.text", date), getTranslation("client.delete.confirm.delete"),
                confirmed -> {
                    interviews.delete(assessmentId);
                    Notification.show(getTranslation("client.deleted"));
                    changed.run();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("client.delete.confirm.cancel"));
        dialog.open();
    }

    /**
     * Two assessments to compare, each named by "date · state · score"; the last two finished ones are chosen
     * (the newest after the one before it).
     */
    private Div compare(List<AssessmentResult> results) {
        Select<AssessmentResult> before = new Select<>();
        Select<AssessmentResult> after = new Select<>();
        before.setLabel(getTranslation("client.compare.before"));
        after.setLabel(getTranslation("client.compare.after"));
        for (Select<AssessmentResult> select : List.of(before, after)) {
            select.setItems(results);
            select.setItemLabelGenerator(result -> String.join(" \u00b7 ",
                    dates.dateTime(result.assessment().createdAt()), state(result.assessment()), score(result)));
        }
        List<AssessmentResult> finished = results.stream().filter(result -> result.assessment().isFinished()).toList();
        List<AssessmentResult> candidates = finished.size() >= 2 ? finished : results;
        after.setValue(candidates.get(0));
        before.setValue(candidates.get(Math.min(1, candidates.size() - 1)));
        Button compare = new Button(getTranslation("client.compare"), click -> getUI().ifPresent(ui ->
                ui.navigate(ComparisonView.class, new RouteParameters(new RouteParam("before",
                        String.valueOf(before.getValue().assessment().id())), new RouteParam(
                        "after", String.valueOf(after.getValue().assessment().id()))))));
        compare.addClassName("compare");
        compare.setEnabled(results.size() > 1);
        Div toolbar = new Div(before, after, compare);
        toolbar.addClassNames("toolbar", "compare-pickers");
        return toolbar;
    }
}
