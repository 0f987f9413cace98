package org.readiness.plan;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a plan shows of a result: the actions the answers trigger, each with its lifts and the overall points it alone
 * would win; the projection of the actions done (or chosen); and the cheapest way to the next overall band.
 */
public record Outlook(Projection projection, List<Candidate> candidates, @Nullable NextBand nextBand) {

    public Outlook {
        candidates = List.copyOf(candidates);
    }

    /** A triggered action, the answers it brings about and what it alone would win overall. */
    public record Candidate(Action action, List<Lifts.Resolved> lifts, double gain) {
    }

    public static Outlook of(Projectable projectable, List<Action> triggered, Collection<Action> done) {
        Projectable base = new RememberedScores(projectable);
        Projection projection = Projection.of(base, done);
        List<Candidate> candidates = triggered.stream().map(action -> new Candidate(action,
                Lifts.of(base.questionnaire(), action), Projection.gain(base, projection.now(), action))).toList();
        Optional<NextBand> next = CheapestPath.find(base, triggered, null);
        return new Outlook(projection, candidates, next.orElse(null));
    }
}
