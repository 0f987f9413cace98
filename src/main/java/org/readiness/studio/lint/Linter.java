package org.readiness.studio.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule of the linter over a questionnaire that passes the checks of {@code --validate}. */
public final class Linter {

    public static final List<LintRule> RULES = List.of(new UnshowableQuestion(), new ImpossibleCondition(),
            new UnreachableBand(), new ZeroPointArea(), new RoleAskedNothing(), new UntriggeredAction(),
            new StaleTranslation(), new UntranslatedText());

    private Linter() {
    }

    public static List<LintFinding> run(LintInput input) {
        Reach reach = new Reach(input.questionnaire());
        List<LintFinding> findings = new ArrayList<>();
        RULES.forEach(rule -> findings.addAll(rule.check(input, reach)));
        findings.sort(Comparator.comparing(LintFinding::pointer));
        return findings;
    }
}
