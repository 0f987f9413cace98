package org.readiness.assessment.ui;

import org.jspecify.annotations.Nullable;

/**
 * How someone goes through the wizard for another feature, such as a team's respondent: what they are told above
 * each step ({@code notice}, in their language), the address their personal link starts with ({@code linkPath};
 * none: no link is shown), the words of the last step's button ({@code finishLabelKey}, a translation key) and
 * where finishing takes them.
 */
public record Journey(@Nullable String notice, @Nullable String linkPath, String finishLabelKey, String afterFinish) {
}
