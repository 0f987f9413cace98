package org.readiness.merge;

/**
 * A question the team answered far apart: the respondents' points differ by more than the questionnaire's
 * threshold of its range. {@code pointsAtStake} is how many points of the overall score the question can move.
 */
public record Disagreement(MergedQuestion question, double pointsAtStake) {
}
