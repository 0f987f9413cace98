package org.readiness.studio.lint;

import org.readiness.questionnaire.Question;

import java.util.List;

/** A question no answers can show: its condition can never hold (or names only questions that are never shown). */
final class UnshowableQuestion implements LintRule {

    @Override
    public String name() {
        return "unshowable-question";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        return input.questionnaire().questions().stream()
                .filter(question -> !reach.canBeShown(question.id()))
                .map(question -> finding(input, question)).toList();
    }

    private LintFinding finding(LintInput input, Question question) {
        return new LintFinding(name(), Pointers.of(input.questionnaire(), question) + "/visibleIf",
                List.of(question.id()));
    }
}
