package org.readiness.studio;

import org.jspecify.annotations.Nullable;
import org.readiness.assessment.AssessmentResults;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Structure;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.Answers;
import org.readiness.recommendation.Evaluation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before publishing: how the finished assessments in the author's reach would come out under the draft, each next to
 * how it came out under its own version. Only looked at, never stored: each assessment keeps its version.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
public class WhatMoves {

    private final AssessmentsInReach reach;

    WhatMoves(AssessmentsInReach reach) {
        this.reach = reach;
    }

    public List<Moved> check(Questionnaire draft) {
        return reach.finished(draft.id()).stream().map(reached -> {
            Evaluation before = AssessmentResults.evaluate(reached.assessment()).evaluation();
            Evaluation after = Evaluation.of(draft, fitting(draft, reached.assessment().answers()));
            return new Moved(reached.label(), reached.assessment().questionnaire().version(),
                    reached.assessment().finishedAt(), before.score().overallBand(), after.score().overallBand(),
                    before.recommendation().structure(), after.recommendation().structure());
        }).toList();
    }

    /** The answers that still fit the draft's questions; answers to questions gone or changed are left out. */
    public static Answers fitting(Questionnaire draft, Answers answers) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        answers.asMap().forEach((id, answer) -> draft.question(id)
                .filter(question -> AnswerCheck.check(question, answer).isEmpty())
                .ifPresent(question -> kept.put(id, answer)));
        return Answers.of(kept);
    }

    /** The assessments whose answers the author may load into the preview. */
    public List<AssessmentsInReach.Reached> loadable() {
        return reach.all();
    }

    /** One finished assessment: its band and structure as answered, and under the draft. */
    public record Moved(String label, String version, @Nullable Instant finishedAt, @Nullable Band bandBefore,
                        @Nullable Band bandAfter, Structure structureBefore, Structure structureAfter) {

        public boolean changesBand() {
            String before = bandBefore == null ? "" : bandBefore.id();
            String after = bandAfter == null ? "" : bandAfter.id();
            return !before.equals(after);
        }

        public boolean changesStructure() {
            return structureBefore != structureAfter;
        }
    }
}
