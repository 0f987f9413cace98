package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.questionnaire.answer.AnswerProblem;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.recommendation.Evaluation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questionnaires and a stateless evaluation of answers, for integrations. */
@RestController
@RequestMapping(path = "/api/questionnaires", produces = "application/json")
class QuestionnaireController {

    private final QuestionnaireCatalog catalog;

    QuestionnaireController(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<QuestionnaireSummary> list(@RequestParam(required = false) String lang) {
        return catalog.all().stream().map(questionnaire -> QuestionnaireSummary.of(questionnaire, lang)).toList();
    }

    @GetMapping("/{id}")
    QuestionnaireDocument definition(@PathVariable String id, @RequestParam(required = false) String lang) {
        Questionnaire questionnaire = find(id);
        return QuestionnaireDocument.of(questionnaire, language(questionnaire, lang));
    }

    @PostMapping(path = "/{id}/evaluate", consumes = "application/json")
    EvaluationDocument evaluate(@PathVariable String id, @RequestParam(required = false) String lang,
                                @RequestBody EvaluateRequest request) {
        Questionnaire questionnaire = find(id);
        String language = language(questionnaire, lang);
        return EvaluationDocument.of(Evaluation.of(questionnaire, answers(questionnaire, request)), language);
    }

    private Questionnaire find(String id) {
        return catalog.find(id).orElseThrow(() -> new ApiProblems.UnknownQuestionnaire(id));
    }

    /** The language asked for, which the questionnaire must carry; its first language when none is asked for. */
    static String language(Questionnaire questionnaire, String lang) {
        if (lang == null) {
            return questionnaire.languages().get(0);
        }
        if (!questionnaire.speaks(lang)) {
            throw new ApiProblems.UnsupportedLanguage(lang, questionnaire.languages());
        }
        return lang;
    }

    /** Reads and checks the answers as a whole; every offending question is reported at once. */
    static Answers answers(Questionnaire questionnaire, EvaluateRequest request) {
        if (request == null || request.answers() == null) {
            throw new ApiProblems.InvalidAnswers(List.of(new AnswerProblem("", AnswerProblem.Kind.WRONG_TYPE,
                    "The body needs an \"answers\" object: {\"answers\": {\"<question-id>\": <answer>}}.")));
        }
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, org.readiness.questionnaire.answer.Answer> read = new LinkedHashMap<>();
        request.answers().forEach((questionId, value) -> {
            Optional<Question> question = questionnaire.question(questionId);
            if (question.isEmpty()) {
                problems.add(new AnswerProblem(questionId, AnswerProblem.Kind.UNKNOWN_QUESTION,
                        "There is no question \"" + questionId + "\" in questionnaire \"" + questionnaire.id() + "\"."));
            } else if (value == null || value.isNull()) {
                problems.add(new AnswerProblem(questionId, AnswerProblem.Kind.WRONG_TYPE,
                        "The answer to \"" + questionId + "\" is null; leave the question out instead."));
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
        problems.addAll(AnswerCheck.checkComplete(questionnaire, answers));
        if (!problems.isEmpty()) {
            throw new ApiProblems.InvalidAnswers(problems);
        }
        return answers;
    }

    record EvaluateRequest(Map<String, JsonNode> answers) {
    }
}
