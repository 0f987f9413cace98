package org.readiness.scoring;

import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Bands;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.PointRange;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.ShownQuestions;
import org.readiness.scoring.QuestionScore.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores answers: per area, points earned over points reachable for the questions that were shown, scaled to
 * 0-100; overall, the weighted mean of the areas. Deterministic, and every point is traceable.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Score score(Questionnaire questionnaire, Answers answers) {
        return score(questionnaire, answers, AnswerScope.WHOLE);
    }

    /** The score of the questions asked in a scope; the others count as not asked. */
    public static Score score(Questionnaire questionnaire, Answers answers, AnswerScope scope) {
        ShownQuestions shown = ShownQuestions.of(questionnaire, answers, scope);
        List<QuestionScore> questionScores = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            questionScores.add(scoreQuestion(question, shown));
        }
        return of(questionnaire, questionScores);
    }

    /** Areas and overall from the questions' scores, such as a team's merged ones. */
    public static Score of(Questionnaire questionnaire, List<QuestionScore> questionScores) {
        List<AreaScore> areaScores = questionnaire.areas().stream()
                .map(area -> scoreArea(area, questionScores, questionnaire.bands()))
                .toList();
        Integer overall = overall(areaScores);
        Band overallBand = overall == null ? null : Bands.find(questionnaire.bands().overall(), overall);
        return new Score(overall, overallBand, areaScores, questionScores);
    }

    private static QuestionScore scoreQuestion(Question question, ShownQuestions shown) {
        String id = question.id();
        Optional<Answer> given = shown.effectiveAnswers().get(id);
        Answer answer = given.orElse(null);
        if (!question.isScored()) {
            return new QuestionScore(id, question.area(), Status.UNSCORED, answer, 0, 0);
        }
        if (!shown.isShown(id)) {
            return new QuestionScore(id, question.area(), Status.HIDDEN, null, 0, 0);
        }
        if (answer instanceof Answer.NotApplicable) {
            return new QuestionScore(id, question.area(), Status.NOT_APPLICABLE, answer, 0, 0);
        }
        double reachable = reachable(question);
        if (answer == null || isEmpty(answer)) {
            return new QuestionScore(id, question.area(), Status.UNANSWERED, answer, 0, reachable);
        }
        if (answer instanceof Answer.DontKnow) {
            return new QuestionScore(id, question.area(), Status.DONT_KNOW, answer, 0, reachable);
        }
        return new QuestionScore(id, question.area(), Status.ANSWERED, answer, earned(question, answer), reachable);
    }

    private static boolean isEmpty(Answer answer) {
        return answer instanceof Answer.Choices choices && choices.values().isEmpty();
    }

    /** The most a question can earn. */
    public static double reachable(Question question) {
        return switch (question.type()) {
            case SINGLE -> question.options().stream().mapToDouble(Option::points).max().orElse(0);
            case MULTIPLE -> question.maxPoints() != null ? question.maxPoints()
                    : question.options().stream().mapToDouble(Option::points).sum();
            case YES_NO -> question.points() == null ? 0 : Math.max(question.points().yes(), question.points().no());
            case SCALE -> question.max() - question.min();
            case NUMBER -> question.ranges().stream().mapToDouble(PointRange::points).max().orElse(0);
            case TEXT -> 0;
        };
    }

    /** The points an answer (an option, several, a number) earns on a question, whether or not it is shown. */
    public static double earned(Question question, Answer answer) {
        return switch (question.type()) {
            case SINGLE -> question.option(((Answer.Choice) answer).value()).map(Option::points).orElse(0.0);
            case MULTIPLE -> Math.min(reachable(question), ((Answer.Choices) answer).values().stream()
                    .mapToDouble(value -> question.option(value).map(Option::points).orElse(0.0)).sum());
            case YES_NO -> question.points() == null ? 0
                    : Answer.YES.equals(((Answer.Choice) answer).value()) ? question.points().yes() : question.points().no();
            case SCALE -> ((Answer.Number) answer).value().doubleValue() - question.min();
            case NUMBER -> {
                double value = ((Answer.Number) answer).value().doubleValue();
                yield question.ranges().stream().filter(range -> range.contains(value))
                        .mapToDouble(PointRange::points).findFirst().orElse(0);
            }
            case TEXT -> 0;
        };
    }

    private static AreaScore scoreArea(Area area, List<QuestionScore> questionScores, Bands bands) {
        double earned = 0;
        double reachable = 0;
        for (QuestionScore questionScore : questionScores) {
            if (area.id().equals(questionScore.areaId()) && questionScore.counts()) {
                earned += questionScore.earned();
                reachable += questionScore.reachable();
            }
        }
        if (reachable == 0) {
            return new AreaScore(area.id(), area.weight(), 0, 0, null, null);
        }
        int score = (int) Math.round(100 * earned / reachable);
        return new AreaScore(area.id(), area.weight(), earned, reachable, score, Bands.find(bands.forArea(area.id()), score));
    }

    /** The weighted mean of the scored areas' exact shares, rounded; none when no area could be scored. */
    private static Integer overall(List<AreaScore> areas) {
        double weighted = 0;
        double weights = 0;
        for (AreaScore area : areas) {
            if (area.isScored()) {
                weighted += area.weight() * area.exact();
                weights += area.weight();
            }
        }
        return weights == 0 ? null : (int) Math.round(weighted / weights);
    }
}
