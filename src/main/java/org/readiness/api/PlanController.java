package org.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.readiness.plan.Outlook;
import org.readiness.plan.SingleAnswers;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stateless plan call: the projection of done actions and the cheapest way to the next band, for any answers. */
@RestController
class PlanController {

    private final QuestionnaireCatalog catalog;

    PlanController(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code {"answers": {...}, "done": ["action-id", ...]}}; the answers are checked as for evaluate. */
    record PlanRequest(@Nullable Map<String, JsonNode> answers, @Nullable List<String> done) {
    }

    @PostMapping(path = "/api/questionnaires/{id}/plan", consumes = "application/json", produces = "application/json")
    PlanDocument plan(@PathVariable String id, @RequestParam(required = false) String lang,
                      @RequestBody PlanRequest request) {
        Questionnaire questionnaire = catalog.find(id).orElseThrow(() -> new ApiProblems.UnknownQuestionnaire(id));
        String language = RequestLanguage.of(questionnaire, lang);
        Answers answers = AnswersRequest.read(questionnaire, new AnswersRequest(request.answers()));
        List<Action> done = done(questionnaire, request.done() == null ? List.of() : request.done());
        List<Action> triggered = Evaluation.of(questionnaire, answers).recommendation().actions().stream()
                .map(RecommendedAction::action).toList();
        Outlook outlook = Outlook.of(new SingleAnswers(questionnaire, answers), triggered, done);
        return PlanDocument.of(outlook, questionnaire, language);
    }

    private static List<Action> done(Questionnaire questionnaire, List<String> ids) {
        List<Action> done = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String actionId : ids) {
            Optional<Action> action = questionnaire.actions().stream()
                    .filter(each -> each.id().equals(actionId)).findFirst();
            action.ifPresentOrElse(done::add, () -> unknown.add(String.valueOf(actionId)));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownActions(unknown, questionnaire);
        }
        return done;
    }

    static final class UnknownActions extends RuntimeException {
        UnknownActions(List<String> unknown, Questionnaire questionnaire) {
            super((unknown.size() == 1 ? "There is no action \"" + unknown.get(0) + "\"" : "There are no actions "
                    + unknown) + " in questionnaire \"" + questionnaire.id() + "\"; its actions are "
                    + questionnaire.actions().stream().map(Action::id).toList() + ".");
        }
    }

    @ExceptionHandler(UnknownActions.class)
    ProblemDetail unknownActions(UnknownActions e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unknown action");
        return problem;
    }
}
