package org.readiness.team.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.team.TeamOverview;
import org.readiness.words.Words;

/** The company profile the team goes by, answered once by the coordinator, with a way to change it. */
class ProfileSummary extends Section {

    ProfileSummary(TeamOverview overview, String language, Anchor edit) {
        addClassName("team-profile");
        add(new H2(getTranslation("team.profile.heading")));
        Questionnaire questionnaire = overview.questionnaire();
        DescriptionList list = new DescriptionList();
        for (Question question : questionnaire.questions()) {
            if (!AnswerScope.PROFILE.asks(questionnaire, question)) {
                continue;
            }
            String answer = overview.profile().answers().get(question.id())
                    .map(given -> AnswerWords.of(question, given, Words.in(language)))
                    .orElse(getTranslation("review.not-answered"));
            list.add(new DescriptionList.Term(question.text().in(language)), new DescriptionList.Description(answer));
        }
        if (!overview.profile().isFinished()) {
            add(new Paragraph(getTranslation("team.profile.unfinished")));
        }
        add(list, edit);
    }
}
