package org.readiness.studio.lint;

import org.readiness.questionnaire.Area;
import org.readiness.scoring.Scorer;

import java.util.ArrayList;
import java.util.List;

/** An area whose points can only be 0: none of its questions can earn a point, so it never gets a score. */
final class ZeroPointArea implements LintRule {

    @Override
    public String name() {
        return "zero-point-area";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        var questionnaire = input.questionnaire();
        List<LintFinding> findings = new ArrayList<>();
        for (int i = 0; i < questionnaire.areas().size(); i++) {
            Area area = questionnaire.areas().get(i);
            double most = questionnaire.questions().stream()
                    .filter(question -> area.id().equals(question.area()) && question.isScored())
                    .filter(question -> reach.canBeShown(question.id()))
                    .mapToDouble(Scorer::reachable).sum();
            if (most <= 0) {
                findings.add(new LintFinding(name(), "/areas/" + i, List.of(area.id())));
            }
        }
        return findings;
    }
}
