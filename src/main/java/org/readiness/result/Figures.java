package org.readiness.result;

import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.AreaScore;
import org.readiness.words.Words;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The overall figure and each area's, from an evaluation and the required questions still open. */
final class Figures {

    static final String DASH = "\u2013";

    private Figures() {
    }

    static Figure overall(Evaluation evaluation, List<Question> open, Words words) {
        Shown shown = Shown.overall(evaluation, open);
        List<AreaScore> areas = evaluation.score().areas();
        double earned = areas.stream().mapToDouble(AreaScore::earned).sum();
        double reachable = areas.stream().mapToDouble(AreaScore::reachable).sum();
        return new Figure(Figure.OVERALL, words.get("result.overall"), 1, earned, reachable, shown,
                scoreText(shown, words), label(shown, words), stateText(shown, words), summary(shown, words),
                overallWhy(evaluation, shown, words), List.of());
    }

    static List<Figure> areas(Evaluation evaluation, List<Question> open, Map<String, String> notes, Words words) {
        Questionnaire questionnaire = evaluation.questionnaire();
        return evaluation.score().areas().stream().map(score -> {
            Area area = questionnaire.area(score.areaId()).orElseThrow();
            Shown shown = Shown.area(score, open);
            String title = area.title().in(words.language());
            return new Figure(area.id(), title, score.weight(), score.earned(), score.reachable(), shown,
                    scoreText(shown, words), label(shown, words), stateText(shown, words), summary(shown, words),
                    areaWhy(title, score, shown, words), questions(evaluation, area.id(), notes, words));
        }).toList();
    }

    private static String scoreText(Shown shown, Words words) {
        return switch (shown.state()) {
            case SCORED -> String.valueOf(shown.score());
            case INCOMPLETE -> DASH;
            case NOT_SCORED -> words.get("result.not-scored");
        };
    }

    private static String label(Shown shown, Words words) {
        return switch (shown.state()) {
            case SCORED -> shown.band() == null ? "" : shown.band().label().in(words.language());
            case INCOMPLETE -> words.get("result.incomplete");
            case NOT_SCORED -> words.get("result.not-scored");
        };
    }

    private static String stateText(Shown shown, Words words) {
        return switch (shown.state()) {
            case SCORED -> label(shown, words);
            case INCOMPLETE -> shown.open() == 1 ? words.get("result.incomplete.one")
                    : words.get("result.incomplete.many", shown.open());
            case NOT_SCORED -> "";
        };
    }

    private static String summary(Shown shown, Words words) {
        return shown.band() == null || shown.band().summary() == null ? null
                : shown.band().summary().in(words.language());
    }

    private static String areaWhy(String title, AreaScore score, Shown shown, Words words) {
        return switch (shown.state()) {
            case SCORED -> words.get("result.why.area-total", title, words.number(score.earned()),
                    words.number(score.reachable()), shown.score());
            case INCOMPLETE -> words.get("result.why.area-incomplete", title, words.number(score.earned()),
                    words.number(score.reachable()));
            case NOT_SCORED -> words.get("scorecard.why.not-scored", title);
        };
    }

    /** The weights, so that a reader can check the overall score: "(13 × 1 + 100 × 1 + 5 × 1,5) / 3,5 = 34". */
    private static String overallWhy(Evaluation evaluation, Shown shown, Words words) {
        Questionnaire questionnaire = evaluation.questionnaire();
        String weights = words.get("result.why.weights", questionnaire.areas().stream()
                .map(area -> words.get("result.why.weight", area.title().in(words.language()),
                        words.number(area.weight())))
                .collect(Collectors.joining(", ")));
        List<AreaScore> scored = evaluation.score().areas().stream().filter(AreaScore::isScored).toList();
        if (!shown.isScored() || scored.isEmpty()) {
            return weights;
        }
        String sum = scored.stream().map(area -> area.score() + " \u00d7 " + words.number(area.weight()))
                .collect(Collectors.joining(" + "));
        double weight = scored.stream().mapToDouble(AreaScore::weight).sum();
        return weights + " " + words.get("result.why.overall-sum", "(" + sum + ") / " + words.number(weight),
                shown.score());
    }

    private static List<Figure.QuestionLine> questions(Evaluation evaluation, String areaId, Map<String, String> notes,
                                                       Words words) {
        return evaluation.score().questionsOf(areaId).stream().map(score -> {
            Question question = evaluation.questionnaire().question(score.questionId()).orElseThrow();
            return new Figure.QuestionLine(question.id(), question.text().in(words.language()),
                    AnswerRows.answerText(question, score, words), AnswerRows.pointsText(score, words), score.counts(),
                    score.earned(), score.reachable(), notes.getOrDefault(question.id(), ""));
        }).toList();
    }
}
