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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String role = role(questionnaire, roleId, language);
        return name == null ? role : ui.getTranslation("team.member-named", role, name);
    }

    static String role(Questionnaire questionnaire, String roleId, String language) {
        return questionnaire.role(roleId).map(each -> each.label().in(language)).orElse(roleId);
    }

    /**
     * Who gave an answer: each one named by role and name; those without a name (an anonymous team's) counted per
     * role, "Technology owner ×2", so the words give roles and counts, never who.
     */
    static String who(Component ui, Questionnaire questionnaire, List<Respondent> respondents, String language) {
        List<String> named = new ArrayList<>();
        Map<String, Integer> unnamed = new LinkedHashMap<>();
        for (Respondent respondent : respondents) {
            if (respondent.name() == null) {
                unnamed.merge(respondent.roleId(), 1, Integer::sum);
            } else {
                named.add(name(ui, questionnaire, respondent, language));
            }
        }
        unnamed.forEach((roleId, count) -> named.add(count == 1 ? role(questionnaire, roleId, language)
                : ui.getTranslation("team.role-count", role(questionnaire, roleId, language), count)));
        return String.join(", ", named);
    }

    /** Who answered what, one group after the other. */
    static String whoAnsweredWhat(Component ui, Questionnaire questionnaire, Question question,
                                  List<AnswerGroup> groups, String language) {
        return groups.stream().map(group -> who(ui, questionnaire, group.respondents(), language) + ": "
                        + answer(ui, question, group, language))
                .collect(Collectors.joining(" \u00b7 "));
    }

    static String answer(Component ui, Question question, AnswerGroup group, String language) {
        return group.answer() == null ? ui.getTranslation("status.not-answered")
                : AnswerWords.of(question, group.answer(), Words.in(language));
    }
}
