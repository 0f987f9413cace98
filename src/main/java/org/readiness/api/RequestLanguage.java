package org.readiness.api;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;

/** The {@code lang} a call asks for, which the questionnaire must carry; its first language when none is asked for. */
final class RequestLanguage {

    private RequestLanguage() {
    }

    static String of(Questionnaire questionnaire, @Nullable String lang) {
        if (lang == null) {
            return questionnaire.languages().get(0);
        }
        if (!questionnaire.speaks(lang)) {
            throw new ApiProblems.UnsupportedLanguage(lang, questionnaire.languages());
        }
        return lang;
    }
}
