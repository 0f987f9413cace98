package org.readiness.questionnaire.file;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Lift;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.questionnaire.answer.LiftedAnswers;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An action's plan fields: its owner role is one of the file's roles; each lift names a question and an answer it has. */
final class LiftCheck {

    private LiftCheck() {
    }

    static void check(Questionnaire questionnaire, Action action, String pointer, Findings findings) {
        if (action.ownerRole() != null && questionnaire.role(action.ownerRole()).isEmpty()) {
            List<String> roles = questionnaire.roles().stream().map(Role::id).toList();
            findings.add(pointer + "/ownerRole", "action \"" + action.id() + "\" is owned by role \""
                    + action.ownerRole() + "\", which " + (roles.isEmpty() ? "the questionnaire does not declare "
                    + "(it has no \"roles\")." : "is not among the questionnaire's roles " + roles + "."));
        }
        Set<String> lifted = new HashSet<>();
        for (int i = 0; i < action.lifts().size(); i++) {
            Lift lift = action.lifts().get(i);
            String at = pointer + "/lifts/" + i;
            Optional<Question> question = questionnaire.question(lift.question());
            if (question.isEmpty()) {
                findings.add(at + "/question", "action \"" + action.id() + "\" lifts question \"" + lift.question()
                        + "\", which does not exist.");
                continue;
            }
            if (!lifted.add(lift.question())) {
                findings.add(at + "/question", "action \"" + action.id() + "\" lifts question \"" + lift.question()
                        + "\" twice; give it one answer.");
            }
            String problem = LiftedAnswers.target(question.get(), lift.to()).problem();
            if (problem != null) {
                findings.add(at + "/to", "action \"" + action.id() + "\" lifts question \"" + lift.question()
                        + "\", which " + problem);
            }
        }
    }
}
