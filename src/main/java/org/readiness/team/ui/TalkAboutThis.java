package org.readiness.team.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.readiness.base.ui.ShownWhenOpened;
import org.readiness.merge.Disagreement;
import org.readiness.merge.MergedQuestion;
import org.readiness.merge.ProfileDifference;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.words.Words;

import java.util.List;
import java.util.Locale;

/**
 * "Talk about this": the questions the team answered furthest apart, widest and weightiest first, each saying who
 * answered what, and the company profile where someone answered it otherwise. The next conversation, ready-made.
 */
class TalkAboutThis extends Section {

    static final int SHOWN_FIRST = 5;

    TalkAboutThis(TeamEvaluation team, String language) {
        addClassName("talk-about-this");
        add(new H3(getTranslation("team.talk.heading")));
        List<Disagreement> disagreements = team.disagreements();
        if (disagreements.isEmpty() && team.profileDifferences().isEmpty()) {
            add(new Paragraph(getTranslation(team.isOneView() ? "team.talk.one-view" : "team.talk.none")));
            return;
        }
        add(new Paragraph(getTranslation("team.talk.intro", Math.round(100 * team.questionnaire().team()
                .disagreementThreshold()))));
        OrderedList first = new OrderedList();
        disagreements.stream().limit(SHOWN_FIRST).forEach(each -> first.add(item(team, each, language)));
        add(first);
        if (disagreements.size() > SHOWN_FIRST) {
            add(new ShownWhenOpened(getTranslation("team.talk.all", disagreements.size()), () -> {
                OrderedList rest = new OrderedList();
                rest.getElement().setAttribute("start", String.valueOf(SHOWN_FIRST + 1));
                disagreements.stream().skip(SHOWN_FIRST).forEach(each -> rest.add(item(team, each, language)));
                return rest;
            }));
        }
        if (!team.profileDifferences().isEmpty()) {
            UnorderedList profile = new UnorderedList();
            profile.addClassName("profile-differences");
            for (ProfileDifference difference : team.profileDifferences()) {
                profile.add(new ListItem(difference.question().text().in(language) + " \u2014 "
                        + getTranslation("team.talk.profile-agreed", AnswerWords.of(difference.question(),
                        difference.groups().get(0).answer(), Words.in(language)))
                        + " \u00b7 " + RespondentWords.whoAnsweredWhat(this, team.questionnaire(),
                        difference.question(), difference.groups().subList(1, difference.groups().size()), language)));
            }
            add(new Paragraph(getTranslation("team.talk.profile")), profile);
        }
    }

    private ListItem item(TeamEvaluation team, Disagreement disagreement, String language) {
        MergedQuestion question = disagreement.question();
        ListItem item = new ListItem();
        item.addClassName("disagreement");
        item.getElement().setAttribute("data-question", question.question().id());
        Span text = new Span(question.question().text().in(language));
        text.addClassName("disagreement-question");
        Span who = new Span(RespondentWords.whoAnsweredWhat(this, team.questionnaire(), question.question(),
                question.groups(), language));
        who.addClassName("disagreement-answers");
        Span stake = new Span(getTranslation("team.talk.stake", points(question.spread()),
                points(question.team().reachable()), points(disagreement.pointsAtStake())));
        stake.addClassName("disagreement-stake");
        item.add(text, who, stake);
        return item;
    }

    private static String points(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points)
                : String.format(Locale.ROOT, "%.1f", points);
    }
}
