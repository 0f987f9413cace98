package org.readiness.bench;

import org.readiness.bench.micro.SampleAssessment;
import org.readiness.recommendation.Evaluation;
import org.readiness.scorecard.Format;
import org.readiness.result.Result;
import org.readiness.result.ResultDetails;
import org.readiness.result.Results;
import org.readiness.words.Words;
import org.readiness.scorecard.ScoreCards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

/**
 * How long one score card PDF takes: the first in a fresh JVM, then the median of the next 200. Writes the two
 * sample cards it made (English, Swedish) to the folder given as the first argument. Not a test.
 */
public final class PdfTiming {

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        Evaluation evaluation = Evaluation.of(SampleAssessment.questionnaire(), SampleAssessment.answers());
        Map<String, String> notes = Map.of("customer-service-involved", "Kundtjänst sitter i Łódź; ta med Anna.");
        Instant now = Instant.now();
        Result english = Results.of(evaluation, new ResultDetails("Nordic Tools AB", notes, now, now, now,
                ZoneOffset.UTC), Words.in("en"));
        Result swedish = Results.of(evaluation, new ResultDetails("Växjö Verktyg AB", notes, now, now, now,
                ZoneOffset.UTC), Words.in("sv"));
        byte[] first = pdf(english);
        long firstNanos = System.nanoTime() - started;
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            pdf(i % 2 == 0 ? english : swedish);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("first PDF (including loading the questionnaire and fonts): %.0f ms; next 200: median %.1f ms,"
                + " p95 %.1f ms; %d bytes%n", firstNanos / 1e6, nanos[100] / 1e6, nanos[190] / 1e6, first.length);
        if (args.length > 0) {
            Files.write(Path.of(args[0], "card-en.pdf"), first);
            Files.write(Path.of(args[0], "card-sv.pdf"), pdf(swedish));
        }
    }

    private static byte[] pdf(Result input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCards.write(Format.PDF, input, out);
        return out.toByteArray();
    }
}
