package org.readiness.studio.lint;

import org.readiness.questionnaire.Role;
import org.readiness.questionnaire.answer.AnswerScope;

import java.util.ArrayList;
import java.util.List;

/** A role no question is ever asked of: every question it is asked is one no answers show. */
final class RoleAskedNothing implements LintRule {

    @Override
    public String name() {
        return "role-asked-nothing";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        var questionnaire = input.questionnaire();
        List<LintFinding> findings = new ArrayList<>();
        for (int r = 0; r < questionnaire.roles().size(); r++) {
            Role role = questionnaire.roles().get(r);
            AnswerScope scope = AnswerScope.role(role.id());
            boolean asked = questionnaire.questions().stream().filter(question -> !questionnaire.stepOf(question).profile())
                    .anyMatch(question -> scope.asks(questionnaire, question) && reach.canBeShown(question.id()));
            if (!asked) {
                findings.add(new LintFinding(name(), "/roles/" + r, List.of(role.id())));
            }
        }
        return findings;
    }
}
