package org.readiness.studio.lint;

import org.readiness.questionnaire.Owner;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition that can never be true: the structure's small-team rule and owners' conditions. (A question's and an
 * action's are reported as a question never shown and an action never triggered.)
 */
final class ImpossibleCondition implements LintRule {

    @Override
    public String name() {
        return "impossible-condition";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        List<LintFinding> findings = new ArrayList<>();
        if (!reach.canHold(input.questionnaire().structure().smallTeamWhen())) {
            findings.add(new LintFinding(name(), "/structure/smallTeamWhen", List.of("small-team")));
        }
        List<Owner> owners = input.questionnaire().owners();
        for (int i = 0; i < owners.size(); i++) {
            if (owners.get(i).when() != null && !reach.canHold(owners.get(i).when())) {
                findings.add(new LintFinding(name(), "/owners/" + i + "/when", List.of(owners.get(i).id())));
            }
        }
        return findings;
    }
}
