package org.readiness.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;

import java.util.List;

/**
 * The wizard's steps and questions on answers held in memory only: nothing is stored. Beside it, what those answers
 * lead to, updated at each answer: the overall score and band, each area's, the structure and the first next steps.
 * Another feature shows it beside something of its own (the studio, beside its editor).
 */
public final class WizardPreview extends Div implements StepAnswers {

    private static final int TOP_ACTIONS = 3;

    private final Questionnaire questionnaire;
    private final String language;
    private final Div stepPane = new Div();
    private final Div result = new Div();
    private Answers answers;
    private int stepIndex;

    public WizardPreview(Questionnaire questionnaire, String language, Answers answers) {
        this.questionnaire = questionnaire;
        this.language = questionnaire.languageFor(language);
        this.answers = answers;
        addClassName("wizard-preview");
        getElement().setAttribute("lang", this.language);
        stepPane.addClassName("preview-step");
        result.addClassName("preview-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(stepPane, result);
        showStep(0);
    }

    @Override
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    @Override
    public Answers answers() {
        return answers;
    }

    @Override
    public AnswerScope scope() {
        return AnswerScope.WHOLE;
    }

    private void showStep(int index) {
        stepIndex = index;
        List<Step> steps = questionnaire.steps();
        Step step = steps.get(index);
        stepPane.removeAll();
        Div stepButtons = new Div();
        stepButtons.addClassName("preview-steps");
        for (int i = 0; i < steps.size(); i++) {
            int target = i;
            Button go = new Button(steps.get(i).title().in(language), click -> showStep(target));
            go.addThemeVariants(ButtonVariant.LUMO_SMALL, i == index ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            if (i == index) {
                go.getElement().setAttribute("aria-current", "step");
            }
            stepButtons.add(go);
        }
        StepForm form = new StepForm(this, step, language);
        form.addAnswerGivenListener(given -> {
            answers = given.answer() == null ? answers.without(given.questionId())
                    : answers.with(given.questionId(), given.answer());
            form.showOnlyShownQuestions();
            showResult();
        });
        Button back = new Button(getTranslation("wizard.back"), click -> showStep(index - 1));
        back.setEnabled(index > 0);
        Button next = new Button(getTranslation("wizard.next"), click -> showStep(index + 1));
        next.setEnabled(index < steps.size() - 1);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div moves = new Div(back, next);
        moves.addClassName("preview-moves");
        stepPane.add(stepButtons, new H2(step.title().in(language)), form, moves);
        showResult();
    }

    private void showResult() {
        Evaluation evaluation = Evaluation.of(questionnaire, answers);
        result.removeAll();
        result.add(new H2(getTranslation("preview.result")));
        Span overall = new Span(evaluation.score().overall() == null ? "\u2013"
                : String.valueOf(evaluation.score().overall()));
        overall.addClassName("overall-score");
        result.add(new Div(overall, new Span(getTranslation("result.score-of"))));
        if (evaluation.score().overallBand() != null) {
            result.add(BandBadge.of(evaluation.score().overallBand(), questionnaire.bands().overall(), language));
        }
        int open = evaluation.openRequired().size();
        if (open > 0) {
            result.add(new Paragraph(getTranslation("preview.open-required", open)));
        }
        Div areas = new Div();
        areas.addClassName("preview-areas");
        for (Area area : questionnaire.areas()) {
            AreaScore score = evaluation.score().area(area.id()).orElseThrow();
            Div line = new Div(new Span(area.title().in(language) + ": "), new Span(score.isScored()
                    ? String.valueOf(score.score()) : getTranslation("result.not-scored")));
            line.getElement().setAttribute("data-area", area.id());
            if (score.isScored()) {
                line.add(BandBadge.of(score.band(), questionnaire.bands().forArea(area.id()), language));
            }
            areas.add(line);
        }
        result.add(areas, new H3(getTranslation("result.summary.structure")));
        Paragraph structure = new Paragraph(StructureSection.name(this, evaluation, language));
        structure.addClassName("preview-structure");
        result.add(structure, new H3(getTranslation("result.summary.actions")));
        OrderedList actions = new OrderedList();
        actions.addClassName("preview-actions");
        evaluation.recommendation().actions().stream().limit(TOP_ACTIONS)
                .forEach(action -> actions.add(new ListItem(action.action().title().in(language))));
        result.add(evaluation.recommendation().actions().isEmpty()
                ? new Paragraph(ActionsSection.noneText(this, evaluation)) : actions);
    }

    /** The answers given so far; none of them stored. */
    public Answers givenAnswers() {
        return answers;
    }

    /** The step shown, by its place. */
    public int stepIndex() {
        return stepIndex;
    }
}
