package org.readiness.bench.micro;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;

/** Scoring and recommending one complete assessment: what the evaluate API and the result page do per request. */
@State(Scope.Benchmark)
public class EvaluateBenchmark {

    private final Questionnaire questionnaire = SampleAssessment.questionnaire();
    private final Answers answers = SampleAssessment.answers();

    @Benchmark
    public Evaluation evaluate() {
        return Evaluation.of(questionnaire, answers);
    }
}
