package org.readiness.api;

import org.readiness.assessment.ResultWording;
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

import java.util.List;

/** The questionnaires and a stateless evaluation of answers, for integrations. */
@RestController
@RequestMapping(path = "/api/questionnaires", produces = "application/json")
class QuestionnaireController {

    private final QuestionnaireCatalog catalog;
    private final ResultWording wording;

    QuestionnaireController(QuestionnaireCatalog catalog, ResultWording wording) {
        this.catalog = catalog;
        this.wording = wording;
    }

    @GetMapping
    List<QuestionnaireSummary> list(@RequestParam(required = false) String lang) {
        return catalog.all().stream().map(questionnaire -> QuestionnaireSummary.of(questionnaire, lang)).toList();
    }

    @GetMapping("/{id}")
    QuestionnaireDocument definition(@PathVariable String id, @RequestParam(required = false) String lang) {
        Questionnaire questionnaire = find(id);
        return QuestionnaireDocument.of(questionnaire, RequestLanguage.of(questionnaire, lang));
    }

    @PostMapping(path = "/{id}/evaluate", consumes = "application/json")
    EvaluationDocument evaluate(@PathVariable String id, @RequestParam(required = false) String lang,
                                @RequestBody AnswersRequest request) {
        Questionnaire questionnaire = find(id);
        String language = RequestLanguage.of(questionnaire, lang);
        return EvaluationDocument.of(wording.of(Evaluation.of(questionnaire,
                AnswersRequest.read(questionnaire, request)), language, null));
    }

    private Questionnaire find(String id) {
        return catalog.find(id).orElseThrow(() -> new ApiProblems.UnknownQuestionnaire(id));
    }
}
