package org.readiness.studio.lint;

import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;

/** Where the parts of a questionnaire stand in its file, as JSON pointers. */
final class Pointers {

    private Pointers() {
    }

    static String of(Questionnaire questionnaire, Question question) {
        for (int s = 0; s < questionnaire.steps().size(); s++) {
            var questions = questionnaire.steps().get(s).questions();
            for (int q = 0; q < questions.size(); q++) {
                if (questions.get(q).id().equals(question.id())) {
                    return "/steps/" + s + "/questions/" + q;
                }
            }
        }
        return "";
    }
}
