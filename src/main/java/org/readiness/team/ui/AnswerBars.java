package org.readiness.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.merge.MergedQuestion;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.words.Words;

import java.util.List;
import java.util.Locale;

/**
 * A question's answers as bars, one per option, each as long as the share of people who gave it, saying how many
 * and (unless the team is anonymous) who. Drawn with plain elements, so it reads out as a list.
 */
class AnswerBars extends UnorderedList {

    AnswerBars(MergedQuestion question, Questionnaire questionnaire, String language, boolean anonymous) {
        addClassName("answer-bars");
        List<AnswerTally.Bar> bars = AnswerTally.of(question, Words.in(language));
        int most = bars.stream().mapToInt(bar -> bar.who().size()).max().orElse(0);
        for (AnswerTally.Bar bar : bars) {
            int count = bar.who().size();
            Span label = new Span(bar.label());
            label.addClassName("answer-bar-label");
            Div fill = new Div();
            fill.addClassName("answer-bar-fill");
            fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", most == 0 ? 0 : 100.0 * count / most));
            Div track = new Div(fill);
            track.addClassName("answer-bar-track");
            Span who = new Span(anonymous || count == 0 ? getTranslation("team.present.people", count)
                    : getTranslation("team.present.people-who", count,
                    RespondentWords.who(this, questionnaire, bar.who(), language)));
            who.addClassName("answer-bar-who");
            ListItem item = new ListItem(label, track, who);
            item.addClassName("answer-bar");
            if (count == 0) {
                item.addClassName("nobody");
            }
            add(item);
        }
    }
}
