package org.readiness.plan;

import org.readiness.result.Shown;
import org.readiness.words.Words;

/** A score of the plan's projection in one line, on the page and in the PDF: "59 · On the way", "– · Incomplete". */
public final class ProjectedScoreText {

    private static final String DASH = "\u2013";

    private ProjectedScoreText() {
    }

    public static String of(Shown shown, Words words) {
        if (shown.state() == Shown.State.INCOMPLETE) {
            return DASH + " \u00b7 " + words.get("result.incomplete");
        }
        return shown.score() == null ? DASH : shown.score()
                + (shown.band() == null ? "" : " \u00b7 " + shown.band().label().in(words.language()));
    }
}
