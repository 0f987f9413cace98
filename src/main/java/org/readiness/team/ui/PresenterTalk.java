package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.merge.Disagreement;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Questionnaire;

import java.util.List;

/**
 * "Talk about this" on the wall, one question at a time, widest disagreement first: the question, "2 of 5", and its
 * answers as bars. The place in the list stays while the page updates.
 */
class PresenterTalk extends Section {

    private final boolean anonymous;
    private List<Disagreement> questions = List.of();
    private Questionnaire questionnaire;
    private String language;
    private int index;

    PresenterTalk(boolean anonymous) {
        this.anonymous = anonymous;
        addClassName("presenter-talk");
    }

    void show(TeamEvaluation team, Questionnaire questionnaire, String language) {
        this.questions = team.disagreements();
        this.questionnaire = questionnaire;
        this.language = language;
        index = Math.max(0, Math.min(index, questions.size() - 1));
        render();
    }

    /** The next question ({@code step} 1) or the one before (-1), within the list. */
    void move(int step) {
        if (questions.isEmpty()) {
            return;
        }
        index = Math.max(0, Math.min(questions.size() - 1, index + step));
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("team.talk.heading")));
        if (questions.isEmpty()) {
            add(new Paragraph(getTranslation("team.talk.none")));
            return;
        }
        Disagreement current = questions.get(index);
        Paragraph place = new Paragraph(getTranslation("team.present.place", index + 1, questions.size()));
        place.addClassName("presenter-place");
        place.getElement().setAttribute("role", "status");
        Paragraph question = new Paragraph(current.question().question().text().in(language));
        question.addClassName("presenter-question");
        Button previous = new Button(getTranslation("team.present.previous"), click -> move(-1));
        previous.setEnabled(index > 0);
        Button next = new Button(getTranslation("team.present.next"), click -> move(1));
        next.setEnabled(index < questions.size() - 1);
        Div moves = new Div(previous, next);
        moves.addClassName("presenter-moves");
        add(place, question, new AnswerBars(current.question(), questionnaire, language, anonymous), moves);
    }
}
