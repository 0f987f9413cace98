package org.readiness.questionnaire.file;

import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Role;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.answer.AnswerScope;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of a team assessment: unique, named where they limit a step or a question, never on the company
 * profile (answered once, by whoever starts), each asked something it can score, and never shown a question whose
 * condition names a question it is not asked.
 */
final class RoleCheck {

    private final Questionnaire questionnaire;
    private final Findings findings;
    private final Set<String> roleIds;

    private RoleCheck(Questionnaire questionnaire, Findings findings) {
        this.questionnaire = questionnaire;
        this.findings = findings;
        this.roleIds = questionnaire.roles().stream().map(Role::id).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
    }

    static void check(Questionnaire questionnaire, Findings findings) {
        new RoleCheck(questionnaire, findings).run();
    }

    private void run() {
        findings.unique(questionnaire.roles(), Role::id, "/roles", "role");
        for (int s = 0; s < questionnaire.steps().size(); s++) {
            Step step = questionnaire.steps().get(s);
            String pointer = "/steps/" + s;
            if (step.profile() && !step.askedOf().isEmpty()) {
                findings.add(pointer + "/askedOf", "step \"" + step.id() + "\" is the company profile, which is answered "
                        + "once by whoever starts a team assessment; it cannot be limited to roles.");
            }
            known(step.askedOf(), pointer + "/askedOf", "step \"" + step.id() + "\"");
            for (int q = 0; q < step.questions().size(); q++) {
                checkQuestion(step, step.questions().get(q), pointer + "/questions/" + q);
            }
        }
        for (int r = 0; r < questionnaire.roles().size(); r++) {
            Role role = questionnaire.roles().get(r);
            AnswerScope scope = AnswerScope.role(role.id());
            boolean scores = questionnaire.questions().stream()
                    .anyMatch(question -> question.isScored() && scope.asks(questionnaire, question));
            if (!scores) {
                findings.add("/roles/" + r, "role \"" + role.id() + "\" is asked no scored question, so its view "
                        + "could never count in the team's score.");
            }
        }
    }

    private void checkQuestion(Step step, Question question, String pointer) {
        known(question.askedOf(), pointer + "/askedOf", "question \"" + question.id() + "\"");
        if (step.profile() && !question.askedOf().isEmpty()) {
            findings.add(pointer + "/askedOf", "question \"" + question.id() + "\" is in the company profile, which "
                    + "is answered once by whoever starts a team assessment; it cannot be limited to roles.");
        }
        if (!step.askedOf().isEmpty()) {
            for (String roleId : question.askedOf()) {
                if (!step.askedOf().contains(roleId)) {
                    findings.add(pointer + "/askedOf", "question \"" + question.id() + "\" is asked of role \"" + roleId
                            + "\", but its step \"" + step.id() + "\" is not " + step.askedOf() + ".");
                }
            }
        }
        if (question.visibleIf() != null && !step.profile()) {
            checkCondition(question, question.visibleIf(), pointer + "/visibleIf");
        }
    }

    /** A role that sees the question must also be asked every question its condition names (or get it from the profile). */
    private void checkCondition(Question question, Condition condition, String pointer) {
        for (Condition.Located<Condition.Test> located : condition.tests()) {
            questionnaire.question(located.value().question()).ifPresent(named -> {
                if (questionnaire.stepOf(named).profile()) {
                    return;
                }
                for (String roleId : roleIds) {
                    AnswerScope scope = AnswerScope.role(roleId);
                    if (scope.asks(questionnaire, question) && !scope.asks(questionnaire, named)) {
                        findings.add(pointer + located.pointer() + "/question", "the condition names question \""
                                + named.id() + "\", which role \"" + roleId + "\" is not asked, so that role would "
                                + "never be shown question \"" + question.id() + "\".");
                    }
                }
            });
        }
    }

    private void known(List<String> askedOf, String pointer, String what) {
        for (int i = 0; i < askedOf.size(); i++) {
            if (!roleIds.contains(askedOf.get(i))) {
                findings.add(pointer + "/" + i, what + " is asked of role \"" + askedOf.get(i) + "\", which the file "
                        + (roleIds.isEmpty() ? "does not declare: add it to \"roles\"." : "does not declare; its roles are "
                        + roleIds + "."));
            }
        }
    }
}
