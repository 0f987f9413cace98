package org.readiness.bench;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.assessment.ResumeToken;
import org.readiness.questionnaire.answer.Answer;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * How long opening a resume link takes on the server, for a known token and for unknown ones, 2,000 each,
 * interleaved. Not a test: run it by hand (see docs/benchmarks.md).
 */
public final class TokenTiming {

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = BenchApp.start(args)) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            AssessmentService.Started started = service.start("scoring-fixture", "en");
            long id = started.assessment().id();
            answers.save(id, "size", Answer.choice("large"), 0);
            answers.save(id, "owner", Answer.choice("yes"), 0);
            answers.save(id, "it-people", Answer.number(BigDecimal.TEN), 0);
            int runs = 2000;
            long[] known = new long[runs];
            long[] unknown = new long[runs];
            for (int i = -500; i < runs; i++) {
                ResumeToken stranger = ResumeToken.generate();
                long start = System.nanoTime();
                service.resume(started.token());
                long knownNanos = System.nanoTime() - start;
                start = System.nanoTime();
                service.resume(stranger);
                long unknownNanos = System.nanoTime() - start;
                if (i >= 0) {
                    known[i] = knownNanos;
                    unknown[i] = unknownNanos;
                }
            }
            Arrays.sort(known);
            Arrays.sort(unknown);
            System.out.printf("resume, known token: median %.3f ms, p95 %.3f ms; unknown token: median %.3f ms, p95 %.3f ms%n",
                    known[runs / 2] / 1e6, known[runs * 95 / 100] / 1e6, unknown[runs / 2] / 1e6,
                    unknown[runs * 95 / 100] / 1e6);
        }
    }
}
