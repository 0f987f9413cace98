package org.readiness.questionnaire.file;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Owner;
import org.readiness.questionnaire.PointRange;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.Structure;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a schema cannot say: unique ids, conditions that name earlier questions and existing options,
 * bands that cover 0-100, every text in every declared language, areas and owners that exist.
 */
final class SemanticCheck {

    private final Questionnaire questionnaire;
    private final JsonNode document;
    private final Findings findings = new Findings();
    private final Set<String> areaIds = new LinkedHashSet<>();
    /** Each question's position in the questionnaire, for "names an earlier question". */
    private final Map<String, Integer> questionOrder = new HashMap<>();
    private final ConditionCheck conditions;

    private SemanticCheck(Questionnaire questionnaire, JsonNode document) {
        this.questionnaire = questionnaire;
        this.document = document;
        this.conditions = new ConditionCheck(questionnaire, questionOrder, findings);
    }

    static List<Finding> check(Questionnaire questionnaire, JsonNode document) {
        SemanticCheck check = new SemanticCheck(questionnaire, document);
        check.run();
        return check.findings.inOrder();
    }

    private void run() {
        checkAreas();
        checkQuestionIds();
        checkBands();
        checkSteps();
        checkStructure();
        checkOwners();
        checkActions();
        RoleCheck.check(questionnaire, findings);
        TextCheck.check(document, questionnaire.languages(), findings);
    }

    private void checkAreas() {
        findings.unique(questionnaire.areas(), Area::id, "/areas", "area");
        questionnaire.areas().forEach(area -> areaIds.add(area.id()));
        for (int i = 0; i < questionnaire.areas().size(); i++) {
            String areaId = questionnaire.areas().get(i).id();
            boolean scored = questionnaire.questions().stream()
                    .anyMatch(question -> areaId.equals(question.area()) && question.isScored());
            if (!scored) {
                add("/areas/" + i + "/id", "area \"" + areaId + "\" has no scored question, so it could never get a score.");
            }
        }
    }

    private void checkQuestionIds() {
        Map<String, String> firstPointer = new HashMap<>();
        int position = 0;
        for (int s = 0; s < questionnaire.steps().size(); s++) {
            List<Question> questions = questionnaire.steps().get(s).questions();
            for (int q = 0; q < questions.size(); q++) {
                String id = questions.get(q).id();
                String pointer = "/steps/" + s + "/questions/" + q + "/id";
                if (firstPointer.containsKey(id)) {
                    add(pointer, "the question id \"" + id + "\" is used twice (first at " + firstPointer.get(id)
                            + "); every question needs its own id.");
                } else {
                    firstPointer.put(id, pointer);
                    questionOrder.put(id, position++);
                }
            }
        }
    }

    private void checkBands() {
        BandCheck.check(questionnaire.bands().overall(), "/bands/overall", findings);
        questionnaire.bands().areas().forEach((areaId, bands) -> {
            String pointer = "/bands/areas/" + areaId;
            if (!areaIds.contains(areaId)) {
                add(pointer, "bands are given for area \"" + areaId + "\", which the questionnaire does not have.");
            }
            BandCheck.check(bands, pointer, findings);
        });
    }

    private void checkSteps() {
        findings.unique(questionnaire.steps(), Step::id, "/steps", "step");
        for (int s = 0; s < questionnaire.steps().size(); s++) {
            List<Question> questions = questionnaire.steps().get(s).questions();
            for (int q = 0; q < questions.size(); q++) {
                checkQuestion(questions.get(q), "/steps/" + s + "/questions/" + q);
            }
        }
    }

    private void checkQuestion(Question question, String pointer) {
        if (question.area() != null && !areaIds.contains(question.area())) {
            add(pointer + "/area", "question \"" + question.id() + "\" scores area \"" + question.area()
                    + "\", which is not among the questionnaire's areas " + areaIds + ".");
        }
        findings.unique(question.options(), Option::value, pointer + "/options", "option value");
        switch (question.type()) {
            case SINGLE, MULTIPLE -> {
                if (question.options().size() < 2) {
                    add(pointer, "question \"" + question.id() + "\" is a choice and needs at least two options.");
                }
            }
            case YES_NO -> {
                if (question.area() != null && question.points() == null) {
                    add(pointer, "question \"" + question.id() + "\" scores an area, so it needs \"points\" "
                            + "for \"yes\" and \"no\".");
                }
            }
            case SCALE -> checkScale(question, pointer);
            case NUMBER -> checkNumber(question, pointer);
            case TEXT -> {
                if (question.area() != null) {
                    add(pointer + "/area", "question \"" + question.id() + "\" is free text, which cannot be scored; "
                            + "remove \"area\".");
                }
            }
        }
        if (question.type() != QuestionType.SINGLE && question.type() != QuestionType.MULTIPLE
                && !question.options().isEmpty()) {
            add(pointer + "/options", "question \"" + question.id() + "\" is of type \"" + question.type().id()
                    + "\", which takes no options.");
        }
        if (question.visibleIf() != null) {
            conditions.check(question.visibleIf(), pointer + "/visibleIf", questionOrder.get(question.id()));
        }
    }

    private void checkScale(Question question, String pointer) {
        double min = question.min();
        double max = question.max();
        if (min != Math.rint(min) || max != Math.rint(max)) {
            add(pointer + "/min", "the scale of question \"" + question.id() + "\" needs whole numbers for min and max.");
        } else if (min >= max) {
            add(pointer + "/max", "the scale of question \"" + question.id() + "\" must end above where it starts.");
        } else if (max - min > 100) {
            add(pointer + "/max", "the scale of question \"" + question.id() + "\" has more than 100 steps.");
        }
    }

    private void checkNumber(Question question, String pointer) {
        if (question.min() != null && question.max() != null && question.min() > question.max()) {
            add(pointer + "/max", "question \"" + question.id() + "\" has a max below its min.");
        }
        for (int i = 0; i < question.ranges().size(); i++) {
            PointRange range = question.ranges().get(i);
            if (range.max() != null && range.max() < range.min()) {
                add(pointer + "/ranges/" + i, "a range of question \"" + question.id() + "\" ends below where it starts.");
            }
        }
        if (!question.ranges().isEmpty() && question.area() == null) {
            add(pointer + "/ranges", "question \"" + question.id() + "\" gives points but scores no area; add \"area\".");
        }
    }

    private void checkStructure() {
        conditions.check(questionnaire.structure().smallTeamWhen(), "/structure/smallTeamWhen", null);
    }

    private void checkOwners() {
        findings.unique(questionnaire.owners(), Owner::id, "/owners", "owner");
        for (int i = 0; i < questionnaire.owners().size(); i++) {
            Owner owner = questionnaire.owners().get(i);
            if (!areaIds.contains(owner.area())) {
                add("/owners/" + i + "/area", "owner \"" + owner.id() + "\" is for area \"" + owner.area()
                        + "\", which is not among the questionnaire's areas " + areaIds + ".");
            }
            if (owner.when() != null) {
                conditions.check(owner.when(), "/owners/" + i + "/when", null);
            }
        }
        for (Structure structure : Structure.values()) {
            for (Area area : questionnaire.areas()) {
                boolean owned = questionnaire.owners().stream()
                        .anyMatch(owner -> owner.area().equals(area.id()) && owner.structure() == structure);
                if (!owned) {
                    add("/owners", "area \"" + area.id() + "\" has no owner for the \"" + structure.id()
                            + "\" structure; the recommendation must name one.");
                }
            }
        }
    }

    private void checkActions() {
        findings.unique(questionnaire.actions(), Action::id, "/actions", "action");
        for (int i = 0; i < questionnaire.actions().size(); i++) {
            Action action = questionnaire.actions().get(i);
            String pointer = "/actions/" + i;
            if (action.area() != null && !areaIds.contains(action.area())) {
                add(pointer + "/area", "action \"" + action.id() + "\" is for area \"" + action.area()
                        + "\", which is not among the questionnaire's areas " + areaIds + ".");
            }
            conditions.check(action.when(), pointer + "/when", null);
            LiftCheck.check(questionnaire, action, pointer, findings);
            List<String> winsBack = action.winsBack();
            for (int w = 0; w < winsBack.size(); w++) {
                if (!questionOrder.containsKey(winsBack.get(w))) {
                    add(pointer + "/winsBack/" + w, "action \"" + action.id() + "\" names question \""
                            + winsBack.get(w) + "\", which does not exist.");
                }
            }
        }
    }

    private void add(String pointer, String message) {
        findings.add(pointer, message);
    }
}
