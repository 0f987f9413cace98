package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.AnswerScope;
import org.readiness.questionnaire.answer.Answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The body of the calls that take answers: {@code {"answers": {"<question-id>": <answer>}}}. */
record AnswersRequest(@Nullable Map<String, JsonNode> answers) {

    /** Reads and checks the answers as a whole; every offending question is reported at once. */
    static Answers read(Questionnaire questionnaire, @Nullable AnswersRequest request) {
        if (request == null || request.answers() == null) {
            throw new ApiProblems.InvalidAnswers(List.of(AnswerProblem.detailed("", AnswerProblem.Kind.WRONG_TYPE,
                    "no-answers")));
        }
        List<AnswerProblem> problems = new ArrayList<>();
        Answers answers = read(questionnaire, request.answers(), AnswerScope.WHOLE, problems);
        if (!problems.isEmpty()) {
            throw new ApiProblems.InvalidAnswers(problems);
        }
        return answers;
    }

    /** Reads the answers of one scope (such as a team's role), adding what is wrong with them to {@code problems}. */
    static Answers read(Questionnaire questionnaire, Map<String, JsonNode> given, AnswerScope scope,
                        List<AnswerProblem> problems) {
        Map<String, Answer> read = new LinkedHashMap<>();
        given.forEach((questionId, value) -> {
            Optional<Question> question = questionnaire.question(questionId);
            if (question.isEmpty()) {
                problems.add(AnswerProblem.of(questionId, AnswerProblem.Kind.UNKNOWN_QUESTION, questionId,
                        questionnaire.id()));
            } else if (value == null || value.isNull()) {
                problems.add(AnswerProblem.detailed(questionId, AnswerProblem.Kind.WRONG_TYPE, "null", questionId));
            } else {
                AnswerJson.Parsed parsed = AnswerJson.read(question.get(), value);
                if (parsed.problem() != null) {
                    problems.add(parsed.problem());
                } else {
                    read.put(questionId, parsed.answer());
                }
            }
        });
        Answers answers = Answers.of(read);
        problems.addAll(AnswerCheck.checkComplete(questionnaire, answers, scope));
        return answers;
    }
}
