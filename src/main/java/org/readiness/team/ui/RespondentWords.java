package org.readiness.team.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import org.readiness.merge.AnswerGroup;
import org.readiness.merge.Respondent;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.team.Member;
import org.readiness.words.Words;

import java.util.List;
import java.util.stream.Collectors;

/** Respondents and their answers in words: "Technology owner: IT joins later · Executive sponsor: from day one". */
final class RespondentWords {

    private RespondentWords() {
    }

    static String name(Component ui, Questionnaire questionnaire, Respondent respondent, String language) {
        return person(ui, questionnaire, respondent.roleId(), respondent.name(), language);
    }

    static String name(Component ui, Questionnaire questionnaire, Member member, String language) {
        return person(ui, questionnaire, member.roleId(), member.name(), language);
    }

    /** A person as the pages name them: their role, and their name when they gave one. */
    private static String person(Component ui, Questionnaire questionnaire, String roleId, @Nullable String name,
                                 String language) {
        String role = questionnaire.role(roleId).map(each -> each.label().in(language)).orElse(roleId);
        return name == null ? role : ui.getTranslation("team.member-named", role, name);
    }

    /** Who answered what, one group after the other. */
    static String whoAnsweredWhat(Component ui, Questionnaire questionnaire, Question question,
                                  List<AnswerGroup> groups, String language) {
        return groups.stream().map(group -> group.respondents().stream()
                        .map(respondent -> name(ui, questionnaire, respondent, language))
                        .collect(Collectors.joining(", ")) + ": " + answer(ui, question, group, language))
                .collect(Collectors.joining(" \u00b7 "));
    }

    static String answer(Component ui, Question question, AnswerGroup group, String language) {
        return group.answer() == null ? ui.getTranslation("status.not-answered")
                : AnswerWords.of(question, group.answer(), Words.in(language));
    }
}
