package org.readiness.result;

import org.jspecify.annotations.Nullable;
import org.readiness.merge.AnswerGroup;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.words.Words;

import java.util.List;
import java.util.stream.Collectors;

/** A team's respondents and their answers in words, the same on every page and card. */
public final class People {

    private final Questionnaire questionnaire;
    private final Words words;

    public People(TeamEvaluation team, Words words) {
        this(team.questionnaire(), words);
    }

    public People(Questionnaire questionnaire, Words words) {
        this.questionnaire = questionnaire;
        this.words = words;
    }

    public Person of(Respondent respondent) {
        String role = role(respondent.roleId());
        return new Person(respondent.id(), respondent.roleId(), role, respondent.name(),
                label(respondent.roleId(), respondent.name()));
    }

    /** A person as the pages name them: their role, and their name when they gave one. */
    public String label(String roleId, @Nullable String name) {
        return name == null ? role(roleId) : words.get("team.member-named", role(roleId), name);
    }

    public String role(String roleId) {
        return questionnaire.role(roleId).map(role -> role.label().in(words.language())).orElse(roleId);
    }

    /** "Technology owner: IT joins later · Executive sponsor: from day one". */
    public String whoAnsweredWhat(Question question, List<AnswerGroup> groups) {
        return groups.stream().map(group -> group.respondents().stream().map(each -> of(each).label())
                        .collect(Collectors.joining(", ")) + ": " + answer(question, group))
                .collect(Collectors.joining(" \u00b7 "));
    }

    public String answer(Question question, AnswerGroup group) {
        return group.answer() == null ? words.get("status.not-answered")
                : AnswerWords.of(question, group.answer(), words);
    }
}
