package org.readiness.bench;

import org.readiness.assessment.AnswerService;
import org.readiness.assessment.AssessmentService;
import org.readiness.questionnaire.answer.Answer;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Measures how long storing one answer takes: 1,000 saves after 200 warm-up saves, median and p95.
 * Not a test: run it by hand with the datasource settings as arguments (see docs/benchmarks.md).
 */
public final class SaveTiming {

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = BenchApp.start(args)) {
            AssessmentService service = app.getBean(AssessmentService.class);
            AnswerService answers = app.getBean(AnswerService.class);
            long id = service.start("scoring-fixture", "en").assessment().id();
            int revision = 0;
            long[] nanos = new long[1000];
            for (int i = -200; i < nanos.length; i++) {
                long start = System.nanoTime();
                var result = answers.save(id, "it-people", Answer.number(BigDecimal.valueOf(i & 255)), revision);
                long took = System.nanoTime() - start;
                revision = ((org.readiness.assessment.SaveResult.Saved) result).revision();
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("saves: %d, median %.3f ms, p95 %.3f ms, max %.3f ms%n", nanos.length,
                    nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
        }
    }
}
