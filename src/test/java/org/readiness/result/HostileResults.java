package org.readiness.result;

import org.readiness.questionnaire.Fixtures;
import org.readiness.recommendation.Evaluation;
import org.readiness.words.Words;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** For the tests of what pages write as markup: the scoring fixture's result, and text typed as markup to put in it. */
public final class HostileResults {

    public static final String TEXT = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";

    private HostileResults() {
    }

    /** The scoring fixture's result for these answers, in English. */
    public static Result of(Object... answers) {
        return Results.of(Evaluation.of(Fixtures.questionnaire("scoring-fixture"), Fixtures.answers(answers)),
                new ResultDetails("Org", Map.of(), Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, ZoneOffset.UTC),
                Words.in("en"));
    }

    /** The figure with every text it shows replaced by {@link #TEXT}. */
    public static Figure hostile(Figure figure) {
        return new Figure(figure.id(), TEXT, figure.weight(), figure.earned(), figure.reachable(), figure.shown(),
                TEXT, TEXT, TEXT, TEXT, TEXT, figure.questions());
    }
}
