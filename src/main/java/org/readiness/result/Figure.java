package org.readiness.result;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Band;

import java.util.List;

/**
 * The overall score or one area's, as every output shows it: the score and band that may be shown, and the words
 * for them: {@code scoreText} "59", "–" (incomplete) or "Not scored"; {@code label} in short, the band's label,
 * "Incomplete" or "Not scored"; {@code stateText} at length, the band's label or "Incomplete: 1 required question is
 * not answered" (empty when not scored); the points behind it and the sentence that sums them up.
 *
 * @param id        "overall" or the area's id
 * @param questions the area's questions with their points (none for the overall figure)
 */
public record Figure(String id, String title, double weight, double earned, double reachable, Shown shown,
                     String scoreText, String label, String stateText, @Nullable String bandSummary, String why,
                     List<QuestionLine> questions) {

    public static final String OVERALL = "overall";

    public Figure {
        questions = List.copyOf(questions);
    }

    public @Nullable Integer score() {
        return shown.score();
    }

    public @Nullable Band band() {
        return shown.band();
    }

    /** One question of an area: what was answered and the points it earned, in words. */
    public record QuestionLine(String questionId, String text, String answerText, String pointsText, boolean counts,
                               double earned, double reachable, String note) {
    }
}
