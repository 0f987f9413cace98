package org.readiness.questionnaire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * How a team's answers come together: the rule that makes the team's points of a question from its respondents'
 * points, and how far apart two respondents' points must be, as a share of the question's range, to count as a
 * disagreement worth talking about.
 */
public record TeamRules(Merge merge, double disagreementThreshold) {

    /** The defaults: the mean of the finished respondents' points, and a gap of more than a third of the range. */
    public static final TeamRules DEFAULT = new TeamRules(Merge.MEAN, 1.0 / 3);

    /** As a file gives them; what it leaves out takes the default. */
    @JsonCreator
    static TeamRules of(@JsonProperty("merge") @Nullable Merge merge,
                        @JsonProperty("disagreementThreshold") @Nullable Double disagreementThreshold) {
        return new TeamRules(merge == null ? DEFAULT.merge() : merge,
                disagreementThreshold == null ? DEFAULT.disagreementThreshold() : disagreementThreshold);
    }

    /** The team's points of a question from its respondents' points. */
    public enum Merge {
        /** The average: every voice counts the same. */
        MEAN("mean"),
        /** The middle value: one far-off answer moves it little. */
        MEDIAN("median"),
        /** The lowest: a team is as ready as its least ready seat. */
        LOWEST("lowest");

        private final String id;

        Merge(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @JsonCreator
        public static Merge of(String id) {
            for (Merge merge : values()) {
                if (merge.id.equals(id)) {
                    return merge;
                }
            }
            throw new IllegalArgumentException("unknown merge rule " + id);
        }
    }
}
