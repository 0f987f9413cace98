package org.readiness.bench.micro;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.readiness.recommendation.Evaluation;
import org.readiness.scorecard.Format;
import org.readiness.result.Result;
import org.readiness.result.ResultDetails;
import org.readiness.result.Results;
import org.readiness.words.Words;
import org.readiness.scorecard.ScoreCards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The score card PDF of a complete assessment with a consultant's note, as the result page's link makes it. */
@State(Scope.Benchmark)
public class ScoreCardBenchmark {

    private Result input;

    @Setup
    public void evaluate() {
        Evaluation evaluation = Evaluation.of(SampleAssessment.questionnaire(), SampleAssessment.answers());
        Instant now = Instant.now();
        input = Results.of(evaluation, new ResultDetails("Växjö Verktyg AB",
                Map.of("customer-service-involved", "Kundtjänst sitter i Łódź; ta med Anna."), now, now, now,
                ZoneOffset.UTC), Words.in("sv"));
    }

    @Benchmark
    public int pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ScoreCards.write(Format.PDF, input, out);
        return out.size();
    }
}
