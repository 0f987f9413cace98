package org.readiness.studio;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Structure;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.answer.Conditions;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.studio.lint.AnswerSpace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random answer sets through the engine: how often each overall band, each structure and each action comes out.
 * Each shown question gets one of its candidate answers ({@link AnswerSpace}: every option, scale point, number
 * around the file's limits, "don't know"/"not applicable" where offered, and no answer unless it is required), all
 * equally likely; a question is shown or hidden by the answers before it, as in the wizard.
 */
public final class SampleRun {

    /** The overall band's key when no area has a score. */
    public static final String NO_BAND = "";

    private final Questionnaire questionnaire;
    private final Map<String, List<Optional<Answer>>> candidates = new LinkedHashMap<>();

    public SampleRun(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        AnswerSpace space = new AnswerSpace(questionnaire);
        for (Question question : questionnaire.questions()) {
            List<Optional<Answer>> answers = new ArrayList<>(space.of(question));
            if (question.required()) {
                answers.remove(Optional.empty());
            }
            candidates.put(question.id(), answers);
        }
    }

    /** What {@code runs} answer sets lead to; the same seed gives the same answer sets. */
    public Result run(int runs, long seed) {
        Random random = new Random(seed);
        Map<String, Integer> bands = new LinkedHashMap<>();
        questionnaire.bands().overall().forEach(band -> bands.put(band.id(), 0));
        Map<Structure, Integer> structures = new LinkedHashMap<>();
        for (Structure structure : Structure.values()) {
            structures.put(structure, 0);
        }
        Map<String, Integer> actions = new LinkedHashMap<>();
        questionnaire.actions().forEach(action -> actions.put(action.id(), 0));
        for (int i = 0; i < runs; i++) {
            Evaluation evaluation = Evaluation.of(questionnaire, answers(random));
            var band = evaluation.score().overallBand();
            bands.merge(band == null ? NO_BAND : band.id(), 1, Integer::sum);
            structures.merge(evaluation.recommendation().structure(), 1, Integer::sum);
            for (RecommendedAction action : evaluation.recommendation().actions()) {
                actions.merge(action.action().id(), 1, Integer::sum);
            }
        }
        return new Result(runs, bands, structures, actions);
    }

    /** One random answer set, as someone walking through the wizard might give it. */
    public Answers answers(Random random) {
        Map<String, Answer> given = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (question.visibleIf() != null
                    && !Conditions.hold(question.visibleIf(), questionnaire, Answers.of(given))) {
                continue;
            }
            List<Optional<Answer>> answers = candidates.get(question.id());
            if (!answers.isEmpty()) {
                answers.get(random.nextInt(answers.size())).ifPresent(answer -> given.put(question.id(), answer));
            }
        }
        return Answers.of(given);
    }

    /** How many of the runs ended in each overall band, structure and action (an action counts once per run). */
    public record Result(int runs, Map<String, Integer> bands, Map<Structure, Integer> structures,
                         Map<String, Integer> actions) {

        public double share(int count) {
            return runs == 0 ? 0 : (double) count / runs;
        }
    }
}
