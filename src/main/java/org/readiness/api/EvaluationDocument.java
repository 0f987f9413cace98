package org.readiness.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.result.AnswerRow;
import org.readiness.result.Figure;
import org.readiness.result.OpenQuestion;
import org.readiness.result.Recommended;
import org.readiness.result.Result;

import java.util.List;

/**
 * What {@code POST /api/questionnaires/{id}/evaluate} answers, and a stored assessment's {@code evaluation}: the
 * result laid out as the API has always given it (scores, structure, owners, actions and the per-question
 * explanation), with the questions still open when it is incomplete.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvaluationDocument(QuestionnaireRef questionnaire, String language, Overall overall, List<AreaResult> areas,
                          String structure, String structureReason, List<AreaOwners> owners, List<ActionResult> actions,
                          List<QuestionResult> explanation, List<OpenQuestion> openQuestions) {

    static EvaluationDocument of(Result result) {
        var heading = result.heading();
        Recommended recommended = result.recommended();
        return new EvaluationDocument(
                new QuestionnaireRef(heading.questionnaireId(), heading.version(), heading.contentHash()),
                result.language(), new Overall(result.overall().score(), stateOf(result.overall()),
                BandRef.of(result.overall().band(), result.language())),
                result.areas().stream().map(area -> AreaResult.of(area, result.language())).toList(),
                recommended.structureId(), recommended.structureReason(),
                recommended.owners().stream().map(owners -> new AreaOwners(owners.areaId(), owners.owners().stream()
                        .map(owner -> new OwnerResult(owner.id(), owner.title(), owner.why())).toList())).toList(),
                recommended.actions().stream().map(ActionResult::of).toList(),
                result.answers().stream().map(QuestionResult::of).toList(), result.open());
    }

    record QuestionnaireRef(String id, String version, String contentHash) {
    }

    /** {@code state}: "scored", "incomplete" (required questions open: no score yet) or "not-scored". */
    record Overall(Integer score, String state, BandRef band) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BandRef(String id, String label) {

        static BandRef of(Band band, String language) {
            return band == null ? null : new BandRef(band.id(), band.label().in(language));
        }
    }

    record AreaResult(String id, String title, Integer score, String state, BandRef band, double weight,
                      double earned, double reachable) {

        static AreaResult of(Figure area, String language) {
            return new AreaResult(area.id(), area.title(), area.score(), stateOf(area), BandRef.of(area.band(), language),
                    area.weight(), area.earned(), area.reachable());
        }
    }

    record AreaOwners(String area, List<OwnerResult> owners) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OwnerResult(String id, String title, String why) {
    }

    record ActionResult(String id, String area, String title, String reason, double pointsWonBack,
                        List<TriggerResult> triggeredBy) {

        static ActionResult of(Recommended.ActionLine action) {
            return new ActionResult(action.id(), action.areaId(), action.title(), action.reason(),
                    action.pointsWonBack(), action.because().stream()
                    .map(because -> new TriggerResult(because.questionId(), json(because.answer()))).toList());
        }
    }

    record TriggerResult(String question, Object answer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionResult(String question, String area, String status, Object answer, double earned,
                          double reachable, double missed) {

        static QuestionResult of(AnswerRow row) {
            return new QuestionResult(row.questionId(), row.areaId(), row.statusId(), json(row.answer()), row.earned(),
                    row.reachable(), row.missed());
        }
    }

    private static String stateOf(Figure figure) {
        return figure.shown().stateId();
    }

    private static Object json(Answer answer) {
        return answer == null ? null : AnswerJson.write(answer);
    }
}
