package org.readiness.assessment.ui;

import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * How someone goes through the wizard for another feature, such as a team's respondent: what they are told above
 * each step ({@code notice}, in the language given, so it follows the language menu), the address their personal
 * link starts with ({@code linkPath}; none: no link is shown), the words of the last step's button
 * ({@code finishLabelKey}, a translation key) and where finishing takes them. Once the feature closes the answers
 * (see {@link org.readiness.assessment.AnswerGate}: sent, or locked), every step of the journey leads there too.
 */
public record Journey(@Nullable SerializableFunction<String, String> notice, @Nullable String linkPath,
                      String finishLabelKey, String afterFinish) {
}
