package org.readiness.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.readiness.assessment.ResultWording;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.recommendation.Evaluation;
import org.readiness.result.Figure;
import org.readiness.result.Recommended;
import org.readiness.result.Result;
import org.readiness.words.Words;

import java.util.List;

/**
 * The wizard's steps and questions on answers held in memory only: nothing is stored. Beside it, what those answers
 * lead to, updated at each answer: the overall score and band, each area's, the structure and the first next steps.
 * Another feature shows it beside something of its own (the studio, beside its editor).
 */
public final class WizardPreview extends Div implements StepAnswers {

    private final Questionnaire questionnaire;
    private final ResultWording wording;
    private final String language;
    private final Div stepPane = new Div();
    private final Div result = new Div();
    private Answers answers;
    private int stepIndex;

    public WizardPreview(Questionnaire questionnaire, String language, Answers answers, ResultWording wording) {
        this.questionnaire = questionnaire;
        this.wording = wording;
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
        // Nothing is stored here: a refused answer shows at its field, and no status line says anything.
        StepForm form = new StepForm(this, step, language, new SaveStatus());
        form.addAnswerGivenListener(given -> {
            answers = given.answer() == null ? answers.without(given.questionId())
                    : answers.with(given.questionId(), given.answer());
            form.showOnlyShownQuestions();
            showResult();
        });
        Button back = new Button(Words.in(language).get("wizard.back"), click -> showStep(index - 1));
        back.setEnabled(index > 0);
        Button next = new Button(Words.in(language).get("wizard.next"), click -> showStep(index + 1));
        next.setEnabled(index < steps.size() - 1);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div moves = new Div(back, next);
        moves.addClassName("preview-moves");
        stepPane.add(stepButtons, new H2(step.title().in(language)), form, moves);
        showResult();
    }

    /** Lays out the result of the answers as the result page's sections do: the model decides every word. */
    private void showResult() {
        Result shown = wording.of(Evaluation.of(questionnaire, answers), language, null);
        Words words = shown.words();
        result.removeAll();
        result.add(new H2(words.get("preview.result")));
        Figure overall = shown.overall();
        Span number = new Span(overall.scoreText());
        number.addClassName("overall-score");
        result.add(new Div(number, new Span(words.get("result.score-of"))));
        if (!overall.stateText().isEmpty()) {
            result.add(BandBadge.of(overall, questionnaire.bands().overall()));
        }
        if (!shown.isComplete()) {
            Paragraph open = new Paragraph(shown.openText());
            open.addClassName("open-questions");
            result.add(open);
        }
        Div areas = new Div();
        areas.addClassName("preview-areas");
        for (Figure area : shown.areas()) {
            Div line = new Div(new Span(area.title() + ": "), new Span(area.scoreText()));
            line.getElement().setAttribute("data-area", area.id());
            if (!area.stateText().isEmpty()) {
                line.add(BandBadge.of(area, questionnaire.bands().forArea(area.id())));
            }
            areas.add(line);
        }
        result.add(areas, new H3(words.get("result.summary.structure")));
        Paragraph structure = new Paragraph(shown.recommended().structureName());
        structure.addClassName("preview-structure");
        result.add(structure, new H3(words.get("result.summary.actions")));
        result.add(actions(shown.recommended()));
    }

    private static Component actions(Recommended recommended) {
        if (recommended.actions().isEmpty()) {
            return new Paragraph(recommended.noActions());
        }
        OrderedList actions = new OrderedList();
        actions.addClassName("preview-actions");
        recommended.actions().stream().limit(SummarySection.TOP_ACTIONS)
                .forEach(action -> actions.add(new ListItem(action.title())));
        return actions;
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
