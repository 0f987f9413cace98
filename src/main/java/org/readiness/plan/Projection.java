package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Question;
import org.readiness.result.Shown;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.Score;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Today's score and the score once the chosen actions are done: the engine's, on the lifted answers; with the required
 * questions open on each side, so that a score is shown as the result shows it (none while any is open). A question
 * open today stays open in the projection unless a done action lifts it; a follow-up that a lift brings into view is
 * scored as unanswered, not counted as open.
 */
public record Projection(Score now, Score projected, List<Action> done, List<Question> openNow,
                         List<Question> openProjected) {

    public Projection {
        done = List.copyOf(done);
        openNow = List.copyOf(openNow);
        openProjected = List.copyOf(openProjected);
    }

    public static Projection of(Projectable base, Collection<Action> done) {
        List<Question> open = base.openRequired();
        Set<String> lifted = done.stream().flatMap(action -> Lifts.of(base.questionnaire(), action).stream())
                .map(lift -> lift.question().id()).collect(Collectors.toSet());
        return new Projection(base.score(List.of()), base.score(done), List.copyOf(done), open,
                open.stream().filter(question -> !lifted.contains(question.id())).toList());
    }

    public Shown overallNow() {
        return Shown.overall(now, openNow);
    }

    public Shown overallProjected() {
        return Shown.overall(projected, openProjected);
    }

    public Shown areaNow(String areaId) {
        return Shown.area(now.area(areaId).orElseThrow(), openNow);
    }

    public Shown areaProjected(String areaId) {
        return Shown.area(projected.area(areaId).orElseThrow(), openProjected);
    }

    /** The overall score before rounding: the weighted mean of the scored areas' exact shares, as the engine takes it. */
    public static @Nullable Double exactOverall(Score score) {
        double weighted = 0;
        double weights = 0;
        for (AreaScore area : score.areas()) {
            if (area.isScored()) {
                weighted += area.weight() * area.exact();
                weights += area.weight();
            }
        }
        return weights == 0 ? null : weighted / weights;
    }

    /** The overall points one action alone would win: its projection's exact overall score less today's. */
    public static double gain(Projectable base, Score now, Action action) {
        Double before = exactOverall(now);
        Double after = exactOverall(base.score(List.of(action)));
        return before == null || after == null ? 0 : after - before;
    }
}
