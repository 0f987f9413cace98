package org.readiness.merge;

import org.readiness.questionnaire.Questionnaire;
import org.readiness.recommendation.Evaluation;
import org.readiness.scoring.Score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a team's finished answers say together. {@code evaluation} is the team's result in the shape of one
 * respondent's (merged scores, and the structure, owners and next steps of the team's most common answers), so
 * every page and card that shows a result shows it; the rest is what only a team has: each respondent's own scores,
 * the spread per area and question, the role-by-area table (roles in the questionnaire's order) and the
 * disagreements worth talking about, most first.
 */
public record TeamEvaluation(Evaluation evaluation, List<Respondent> respondents, Map<String, Score> ownScores,
                             List<MergedQuestion> questions, List<AreaSpread> areas,
                             Map<String, Map<String, Integer>> roleByArea, List<Disagreement> disagreements,
                             List<ProfileDifference> profileDifferences) {

    public TeamEvaluation {
        respondents = List.copyOf(respondents);
        ownScores = Map.copyOf(ownScores);
        questions = List.copyOf(questions);
        areas = List.copyOf(areas);
        // In the questionnaire's order of roles, as the chart's legend: Map.copyOf would lose it.
        roleByArea = Collections.unmodifiableMap(new LinkedHashMap<>(roleByArea));
        disagreements = List.copyOf(disagreements);
        profileDifferences = List.copyOf(profileDifferences);
    }

    public Questionnaire questionnaire() {
        return evaluation.questionnaire();
    }

    /** With one respondent the result is one view so far, not yet a team's. */
    public boolean isOneView() {
        return respondents.size() == 1;
    }

    public Optional<MergedQuestion> question(String questionId) {
        return questions.stream().filter(each -> each.question().id().equals(questionId)).findFirst();
    }

    public Optional<AreaSpread> area(String areaId) {
        return areas.stream().filter(each -> each.areaId().equals(areaId)).findFirst();
    }

    /** The disagreement on a question, if the team has one there. */
    public Optional<Disagreement> disagreementOn(String questionId) {
        return disagreements.stream().filter(each -> each.question().question().id().equals(questionId)).findFirst();
    }
}
