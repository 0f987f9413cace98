package org.readiness.api;

import org.junit.jupiter.api.Test;
import org.readiness.base.Settings;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Team evaluations take turns: so many at once, so many more waiting, and anyone past that is told to come back. */
class EvaluationTurnsTest {

    private final EvaluationTurns turns = new EvaluationTurns(Settings.of(Map.of(
            "evaluate-team.in-flight", "1", "evaluate-team.waiting", "1")));

    @Test
    void one_runs_one_waits_for_its_turn_and_a_third_is_told_to_come_back() {
        EvaluationTurns.Turn first = turns.take();
        CompletableFuture<EvaluationTurns.Turn> second = CompletableFuture.supplyAsync(turns::take);
        await().atMost(Duration.ofSeconds(30)).until(turns::hasWaiting);

        assertThatThrownBy(turns::take).isInstanceOf(ApiProblems.Busy.class);
        assertThat(second).isNotDone();

        first.close();
        second.join().close();
        turns.take().close();
    }
}
