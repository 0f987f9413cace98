package org.readiness.api;

import org.readiness.questionnaire.Questionnaire;

import java.util.List;

/** One entry of {@code GET /api/questionnaires}. */
record QuestionnaireSummary(String id, String version, String title, List<String> languages, String contentHash) {

    static QuestionnaireSummary of(Questionnaire questionnaire, String language) {
        return new QuestionnaireSummary(questionnaire.id(), questionnaire.version(),
                questionnaire.title().in(questionnaire.languageFor(language)), questionnaire.languages(),
                questionnaire.contentHash());
    }
}
