package org.readiness.scorecard;

import org.readiness.merge.AnswerGroup;
import org.readiness.merge.Respondent;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerWords;

import java.util.List;
import java.util.stream.Collectors;

/** A team's respondents and answers in the card's words, the same as on the team page. */
final class TeamWords {

    private final Questionnaire questionnaire;
    private final String language;
    private final Labels labels;

    TeamWords(Questionnaire questionnaire, String language) {
        this.questionnaire = questionnaire;
        this.language = language;
        this.labels = Labels.of(language);
    }

    String role(String roleId) {
        return questionnaire.role(roleId).map(role -> role.label().in(language)).orElse(roleId);
    }

    String name(Respondent respondent) {
        return respondent.name() == null ? role(respondent.roleId())
                : labels.get("team.member-named", role(respondent.roleId()), respondent.name());
    }

    String answer(Question question, AnswerGroup group) {
        return group.answer() == null ? labels.get("status.not-answered")
                : AnswerWords.of(question, group.answer(), language, key -> labels.get("wizard." + key));
    }

    /** "Technology owner: IT joins later · Executive sponsor: from day one". */
    String whoAnsweredWhat(Question question, List<AnswerGroup> groups) {
        return groups.stream().map(group -> group.respondents().stream().map(this::name)
                        .collect(Collectors.joining(", ")) + ": " + answer(question, group))
                .collect(Collectors.joining(" \u00b7 "));
    }
}
