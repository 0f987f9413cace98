package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.Score;

import java.util.Collection;
import java.util.List;

/** Today's score and the score once the chosen actions are done: the engine's, on the lifted answers. */
public record Projection(Score now, Score projected, List<Action> done) {

    public Projection {
        done = List.copyOf(done);
    }

    public static Projection of(Projectable base, Collection<Action> done) {
        return new Projection(base.score(List.of()), base.score(done), List.copyOf(done));
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
