package org.readiness.assessment.ui;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerWords;
import org.readiness.words.Words;

/** An answer in the user's language, with the app's words for yes, no, don't know and not applicable. */
final class AnswerLabels {

    private AnswerLabels() {
    }

    static String of(Question question, Answer answer, String language) {
        return AnswerWords.of(question, answer, Words.in(language));
    }

    static String optionLabel(Question question, String value, String language) {
        return AnswerWords.option(question, value, Words.in(language));
    }

    /** A number as the file writes it: the value of a scale's point. */
    static String plain(double number) {
        return AnswerWords.plain(number);
    }
}
