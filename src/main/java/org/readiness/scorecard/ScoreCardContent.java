package org.readiness.scorecard;

import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Step;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.QuestionScore;

import java.util.ArrayList;
import java.util.List;

/** What every format says about each question, worded once so the PDF, JSON and CSV agree. */
final class ScoreCardContent {

    private ScoreCardContent() {
    }

    record Row(Step step, Question question, QuestionScore score, String answerText, String note) {
    }

    static List<Row> rows(ScoreCardInput input) {
        Evaluation evaluation = input.evaluation();
        Labels labels = Labels.of(input.language());
        List<Row> rows = new ArrayList<>();
        for (Step step : evaluation.questionnaire().steps()) {
            for (Question question : step.questions()) {
                QuestionScore score = evaluation.score().question(question.id()).orElseThrow();
                rows.add(new Row(step, question, score, answerText(question, score, input.language(), labels),
                        input.notes().getOrDefault(question.id(), "")));
            }
        }
        return rows;
    }

    static String answerText(Question question, QuestionScore score, String language, Labels labels) {
        if (score.status() == QuestionScore.Status.HIDDEN) {
            return labels.get("status.hidden");
        }
        Answer answer = score.answer();
        if (answer == null) {
            return labels.get("status.not-answered");
        }
        return AnswerWords.of(question, answer, language, key -> labels.get("wizard." + key));
    }

    /** Points as people read them: "2", "1.5". */
    static String points(double points) {
        return AnswerWords.plain(points);
    }
}
