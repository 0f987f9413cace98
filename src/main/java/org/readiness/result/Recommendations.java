package org.readiness.result;

import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Question;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.recommendation.Trigger;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.words.Words;

import java.util.List;
import java.util.function.UnaryOperator;

/** The recommendation of an evaluation in words. */
final class Recommendations {

    private Recommendations() {
    }

    static Recommended of(Evaluation evaluation, int open, Words words) {
        return of(evaluation, open, words, "result.action.because", because -> because);
    }

    /** A team's: each answer that called for a step says who gave which answer to its question. */
    static Recommended ofTeam(TeamEvaluation team, People people, Words words) {
        return of(team.evaluation(), 0, words, "team.result.because", because -> team.question(because.questionId())
                .map(question -> new Recommended.Because(because.questionId(), because.answer(),
                        because.questionText(), people.whoAnsweredWhat(question.question(), question.groups())))
                .orElse(because));
    }

    private static Recommended of(Evaluation evaluation, int open, Words words, String becauseKey,
                                  UnaryOperator<Recommended.Because> told) {
        String language = words.language();
        var recommendation = evaluation.recommendation();
        var questionnaire = evaluation.questionnaire();
        List<Recommended.Owners> owners = recommendation.owners().stream()
                .map(area -> new Recommended.Owners(area.areaId(),
                        questionnaire.area(area.areaId()).orElseThrow().title().in(language),
                        area.owners().stream().map(owner -> new Recommended.Owner(owner.id(), owner.title().in(language),
                                owner.why() == null ? null : owner.why().in(language))).toList()))
                .toList();
        return new Recommended(recommendation.structure().id(),
                questionnaire.structure().name(recommendation.structure(), language, words::get),
                recommendation.reason().in(language), owners,
                recommendation.actions().stream().map(action -> action(evaluation, action, words, told)).toList(),
                noActions(open, words), words.get(becauseKey));
    }

    /** Never "no gaps" while required questions are open. */
    private static String noActions(int open, Words words) {
        return open == 0 ? words.get("result.actions.none") : open == 1 ? words.get("result.actions.open.one")
                : words.get("result.actions.open.many", open);
    }

    private static Recommended.ActionLine action(Evaluation evaluation, RecommendedAction recommended, Words words,
                                                 UnaryOperator<Recommended.Because> told) {
        var action = recommended.action();
        String language = words.language();
        String points = recommended.pointsWonBack() > 0
                ? words.get("result.action.points", String.valueOf((long) Math.ceil(recommended.pointsWonBack())))
                : null;
        return new Recommended.ActionLine(action.id(), action.area(), action.title().in(language),
                action.reason().in(language), Math.round(recommended.pointsWonBack() * 100) / 100.0, points,
                recommended.triggers().stream().map(trigger -> told.apply(because(evaluation, trigger, words))).toList());
    }

    private static Recommended.Because because(Evaluation evaluation, Trigger trigger, Words words) {
        Question question = evaluation.questionnaire().question(trigger.questionId()).orElseThrow();
        return new Recommended.Because(question.id(), trigger.answer(), question.text().in(words.language()),
                trigger.answer() == null ? words.get("status.not-answered")
                        : AnswerWords.of(question, trigger.answer(), words));
    }
}
