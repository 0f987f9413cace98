package org.readiness.merge;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;

/**
 * One person's finished answers in a team, under the role they answered in. {@code id} tells respondents apart
 * (two people may share a role); {@code name} is given only if they chose to.
 */
public record Respondent(String id, String roleId, @Nullable String name, Answers answers) {

    public AnswerScope scope() {
        return AnswerScope.role(roleId);
    }
}
