package org.readiness.merge;

import org.jspecify.annotations.Nullable;
import org.readiness.scoring.AreaScore;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A team then and now: each area's team score with the change, and the disagreements the team has settled, the new
 * ones, and those still open, by question.
 */
public record TeamComparison(TeamEvaluation before, TeamEvaluation after, List<AreaChange> areas,
                             List<Disagreement> settled, List<Disagreement> arisen, List<Disagreement> stillOpen) {

    public record AreaChange(String areaId, @Nullable Integer before, @Nullable Integer after) {

        public @Nullable Integer delta() {
            return before == null || after == null ? null : after - before;
        }
    }

    public static TeamComparison of(TeamEvaluation before, TeamEvaluation after) {
        List<AreaChange> areas = after.questionnaire().areas().stream()
                .map(area -> new AreaChange(area.id(),
                        before.evaluation().score().area(area.id()).map(AreaScore::score).orElse(null),
                        after.evaluation().score().area(area.id()).map(AreaScore::score).orElse(null)))
                .toList();
        Set<String> then = questionIds(before.disagreements());
        Set<String> now = questionIds(after.disagreements());
        return new TeamComparison(before, after, areas,
                before.disagreements().stream().filter(each -> !now.contains(id(each))).toList(),
                after.disagreements().stream().filter(each -> !then.contains(id(each))).toList(),
                after.disagreements().stream().filter(each -> then.contains(id(each))).toList());
    }

    public @Nullable Integer overallDelta() {
        Integer then = before.evaluation().score().overall();
        Integer now = after.evaluation().score().overall();
        return then == null || now == null ? null : now - then;
    }

    private static Set<String> questionIds(List<Disagreement> disagreements) {
        return disagreements.stream().map(TeamComparison::id).collect(Collectors.toSet());
    }

    private static String id(Disagreement disagreement) {
        return disagreement.question().question().id();
    }
}
