package org.readiness.result;

import org.readiness.merge.TeamEvaluation;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.words.Words;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Makes the one result of an evaluation, a single respondent's or a team's, in the reader's words. */
public final class Results {

    private Results() {
    }

    /** One respondent's result: their answers, with the notes the details carry. */
    public static Result of(Evaluation evaluation, ResultDetails details, Words words) {
        List<Question> open = evaluation.openRequired();
        return new Result(words, evaluation.questionnaire(), evaluation, heading(evaluation.questionnaire(), details,
                words), openQuestions(evaluation.questionnaire(), open, words),
                Figures.overall(evaluation, open, words), Figures.areas(evaluation, open, details.notes(), words),
                Recommendations.of(evaluation, open.size(), words),
                AnswerRows.of(evaluation, details.notes(), words), Optional.empty());
    }

    /**
     * A team's result: the team's merged scores, each answer per respondent, and what only a team has. Every
     * respondent sent complete answers, so a team's result is complete.
     */
    public static Result ofTeam(TeamEvaluation team, ResultDetails details, Words words) {
        Evaluation evaluation = team.evaluation();
        People people = new People(team, words);
        return new Result(words, team.questionnaire(), evaluation, heading(team.questionnaire(), details, words),
                List.of(), Figures.overall(evaluation, List.of(), words),
                Figures.areas(evaluation, List.of(), Map.of(), words), Recommendations.ofTeam(team, people, words),
                AnswerRows.ofTeam(team, people, words), Optional.of(TeamParts.of(team, people, words)));
    }

    private static Heading heading(Questionnaire questionnaire, ResultDetails details, Words words) {
        String hash = questionnaire.contentHash();
        return new Heading(questionnaire.id(), questionnaire.version(), hash,
                questionnaire.title().in(questionnaire.languageFor(words.language())), details.organisation(),
                details.createdAt(), details.updatedAt(), details.generatedAt(),
                LocalDate.ofInstant(details.generatedAt(), details.zone()), words.get("scorecard.generated", words.dateTime(details.generatedAt(), details.zone())),
                words.get("scorecard.footer", questionnaire.id(), questionnaire.version(),
                        hash == null ? "-" : hash.substring(0, 12)));
    }

    private static List<OpenQuestion> openQuestions(Questionnaire questionnaire, List<Question> open, Words words) {
        return open.stream().map(question -> {
            var step = questionnaire.stepOf(question);
            return new OpenQuestion(question.id(), question.text().in(words.language()), step.id(),
                    step.title().in(words.language()));
        }).toList();
    }
}
