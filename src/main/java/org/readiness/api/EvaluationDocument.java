package org.readiness.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.recommendation.RecommendedAction;
import org.readiness.scoring.AreaScore;
import org.readiness.scoring.QuestionScore;

import java.util.List;
import java.util.Locale;

/** What {@code POST /api/questionnaires/{id}/evaluate} answers: scores, structure, owners, actions and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvaluationDocument(QuestionnaireRef questionnaire, String language, Overall overall, List<AreaResult> areas,
                          String structure, String structureReason, List<AreaOwners> owners, List<ActionResult> actions,
                          List<QuestionResult> explanation) {

    static EvaluationDocument of(Evaluation evaluation, String language) {
        Questionnaire questionnaire = evaluation.questionnaire();
        var score = evaluation.score();
        var recommendation = evaluation.recommendation();
        return new EvaluationDocument(
                new QuestionnaireRef(questionnaire.id(), questionnaire.version(), questionnaire.contentHash()),
                language,
                new Overall(score.overall(), BandRef.of(score.overallBand(), language)),
                score.areas().stream().map(area -> AreaResult.of(area, questionnaire, language)).toList(),
                recommendation.structure().id(),
                recommendation.reason().in(language),
                recommendation.owners().stream()
                        .map(owners -> new AreaOwners(owners.areaId(), owners.owners().stream()
                                .map(owner -> new OwnerResult(owner.id(), owner.title().in(language),
                                        QuestionnaireDocument.text(owner.why(), language)))
                                .toList()))
                        .toList(),
                recommendation.actions().stream().map(action -> ActionResult.of(action, language)).toList(),
                score.questions().stream().map(QuestionResult::of).toList());
    }

    record QuestionnaireRef(String id, String version, String contentHash) {
    }

    record Overall(Integer score, BandRef band) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BandRef(String id, String label) {

        static BandRef of(Band band, String language) {
            return band == null ? null : new BandRef(band.id(), band.label().in(language));
        }
    }

    record AreaResult(String id, String title, Integer score, BandRef band, double weight, double earned,
                      double reachable) {

        static AreaResult of(AreaScore area, Questionnaire questionnaire, String language) {
            return new AreaResult(area.areaId(), questionnaire.area(area.areaId()).orElseThrow().title().in(language),
                    area.score(), BandRef.of(area.band(), language), area.weight(), area.earned(), area.reachable());
        }
    }

    record AreaOwners(String area, List<OwnerResult> owners) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OwnerResult(String id, String title, String why) {
    }

    record ActionResult(String id, String area, String title, String reason, double pointsWonBack,
                        List<TriggerResult> triggeredBy) {

        static ActionResult of(RecommendedAction recommended, String language) {
            var action = recommended.action();
            return new ActionResult(action.id(), action.area(), action.title().in(language),
                    action.reason().in(language), round(recommended.pointsWonBack()),
                    recommended.triggers().stream()
                            .map(trigger -> new TriggerResult(trigger.questionId(),
                                    trigger.answer() == null ? null : AnswerJson.write(trigger.answer())))
                            .toList());
        }
    }

    record TriggerResult(String question, Object answer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionResult(String question, String area, String status, Object answer, double earned,
                          double reachable, double missed) {

        static QuestionResult of(QuestionScore score) {
            return new QuestionResult(score.questionId(), score.areaId(), statusName(score),
                    score.answer() == null ? null : AnswerJson.write(score.answer()), score.earned(), score.reachable(),
                    score.missed());
        }
    }

    private static String statusName(QuestionScore score) {
        return score.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
