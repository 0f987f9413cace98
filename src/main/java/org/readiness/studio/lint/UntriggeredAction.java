package org.readiness.studio.lint;

import org.readiness.questionnaire.Action;

import java.util.ArrayList;
import java.util.List;

/** An action no answers trigger: its condition can never hold. */
final class UntriggeredAction implements LintRule {

    @Override
    public String name() {
        return "untriggered-action";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        List<LintFinding> findings = new ArrayList<>();
        List<Action> actions = input.questionnaire().actions();
        for (int i = 0; i < actions.size(); i++) {
            if (!reach.canHold(actions.get(i).when())) {
                findings.add(new LintFinding(name(), "/actions/" + i + "/when", List.of(actions.get(i).id())));
            }
        }
        return findings;
    }
}
