package org.readiness.result;

import org.readiness.merge.MergedQuestion;
import org.readiness.merge.Respondent;
import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.QuestionScore;
import org.readiness.words.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every answer in words: one row per question, or for a team one per respondent and question they were asked. */
final class AnswerRows {

    private AnswerRows() {
    }

    static List<AnswerRow> of(Evaluation evaluation, Map<String, String> notes, Words words) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Step step : evaluation.questionnaire().steps()) {
            for (Question question : step.questions()) {
                QuestionScore score = evaluation.score().question(question.id()).orElseThrow();
                rows.add(row(step, question, score, notes.getOrDefault(question.id(), ""), null, words));
            }
        }
        return rows;
    }

    /**
     * A team's: per question each respondent's answer, then the team's merged points (the team's row carries no
     * answer of its own); questions no respondent was asked are left out.
     */
    static List<AnswerRow> ofTeam(TeamEvaluation team, People people, Words words) {
        Questionnaire questionnaire = team.questionnaire();
        Person whole = new Person(Person.TEAM, "", words.get("team.result.team"), null, words.get("team.result.team"));
        List<AnswerRow> rows = new ArrayList<>();
        for (MergedQuestion question : team.questions()) {
            Step step = questionnaire.stepOf(question.question());
            int before = rows.size();
            for (Respondent respondent : team.respondents()) {
                QuestionScore score = question.byRespondent().get(respondent.id());
                if (score != null && score.status() != QuestionScore.Status.HIDDEN) {
                    rows.add(row(step, question.question(), score, "", people.of(respondent), words));
                }
            }
            if (rows.size() > before && question.team().counts()) {
                QuestionScore merged = question.team();
                rows.add(new AnswerRow(step.id(), step.title().in(words.language()), question.question().id(),
                        question.question().text().in(words.language()), question.question().type().id(),
                        question.question().area(), merged.status(), null, "", merged.earned(), merged.reachable(),
                        pointsText(merged, words), "", whole));
            }
        }
        return rows;
    }

    private static AnswerRow row(Step step, Question question, QuestionScore score, String note, Person respondent,
                                 Words words) {
        String language = words.language();
        return new AnswerRow(step.id(), step.title().in(language), question.id(), question.text().in(language),
                question.type().id(), question.area(), score.status(), score.answer(),
                answerText(question, score, words), score.earned(), score.reachable(), pointsText(score, words),
                note, respondent);
    }

    /** "Yes", "3 of 5", "Not answered", or "Not asked for these answers" for a hidden question. */
    static String answerText(Question question, QuestionScore score, Words words) {
        if (score.status() == QuestionScore.Status.HIDDEN) {
            return words.get("status.hidden");
        }
        return score.answer() == null ? words.get("status.not-answered")
                : AnswerWords.of(question, score.answer(), words);
    }

    /** "2 of 3", or a dash for a question that does not count. */
    static String pointsText(QuestionScore score, Words words) {
        return score.counts() ? words.get("result.why.points-value", words.number(score.earned()),
                words.number(score.reachable())) : Figures.DASH;
    }
}
