package org.readiness.api;

import org.readiness.plan.NextBand;
import org.readiness.plan.Outlook;
import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerJson;

import java.util.List;

/**
 * What {@code POST /api/questionnaires/{id}/plan} answers: today's score and the projection of the actions done, the
 * actions the answers trigger (with effort, owner role, lifts and what each alone would win overall) and the cheapest
 * way to the next overall band, or null when there is no band above or no set of actions reaches it.
 */
record PlanDocument(ScoreDocument now, ScoreDocument projected, List<ActionPart> actions, NextBandPart nextBand) {

    record ActionPart(String id, String title, String effort, String ownerRole, List<LiftPart> lifts, double gain) {
    }

    record LiftPart(String question, Object to) {
    }

    record NextBandPart(EvaluationDocument.BandRef band, List<String> actions, int effort) {
    }

    static PlanDocument of(Outlook outlook, Questionnaire questionnaire, String language) {
        List<ActionPart> actions = outlook.candidates().stream().map(candidate -> new ActionPart(
                candidate.action().id(), candidate.action().title().in(language),
                candidate.action().effortOrDefault().id(), candidate.action().ownerRole(),
                candidate.lifts().stream().map(lift -> new LiftPart(lift.question().id(),
                        AnswerJson.write(lift.target()))).toList(), round(candidate.gain()))).toList();
        NextBand next = outlook.nextBand();
        NextBandPart nextBand = next == null || !next.reachable() ? null
                : new NextBandPart(EvaluationDocument.BandRef.of(next.band(), language),
                next.actions().stream().map(Action::id).toList(), next.effort());
        return new PlanDocument(ScoreDocument.now(outlook.projection(), language),
                ScoreDocument.projected(outlook.projection(), language), actions, nextBand);
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
