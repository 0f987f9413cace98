package org.readiness.result;

import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.words.Words;

import java.util.List;
import java.util.Optional;

/**
 * A result as every page and file shows it, made once from an evaluation: whether it is complete and which
 * questions are still open, the scores that may be shown with their words, the recommendation, every answer, and
 * for a team who answered and where they differ. Outputs lay it out; none of them decides what it says.
 *
 * @param evaluation the evaluation it says (a team's: the merged one), for what outputs draw rather than say
 * @param team       present for a team's result
 */
public record Result(Words words, Questionnaire questionnaire, Evaluation evaluation, Heading heading,
                     List<OpenQuestion> open, Figure overall, List<Figure> areas, Recommended recommended,
                     List<AnswerRow> answers, Optional<TeamPart> team) {

    public Result {
        open = List.copyOf(open);
        areas = List.copyOf(areas);
        answers = List.copyOf(answers);
    }

    public String language() {
        return words.language();
    }

    /** Complete: no required question open, so the scores are final. */
    public boolean isComplete() {
        return open.isEmpty();
    }

    public boolean isTeam() {
        return team.isPresent();
    }

    public Optional<Figure> area(String areaId) {
        return areas.stream().filter(area -> area.id().equals(areaId)).findFirst();
    }

    /**
     * "Not answered yet: Who owns the experience? · Who decides on the budget?", the first three by name and how many
     * more; empty when complete.
     */
    public String openText() {
        if (open.isEmpty()) {
            return "";
        }
        String named = String.join(" \u00b7 ", open.stream().limit(NAMED).map(OpenQuestion::text).toList());
        return open.size() <= NAMED ? words.get("result.incomplete.which", named)
                : words.get("result.incomplete.which-more", named, open.size() - NAMED);
    }

    /** How many open questions {@link #openText()} names. */
    private static final int NAMED = 3;
}
