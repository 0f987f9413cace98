package org.readiness.questionnaire.file;

import org.readiness.questionnaire.Action;
import org.readiness.questionnaire.Area;
import org.readiness.questionnaire.Band;
import org.readiness.questionnaire.Condition;
import org.readiness.questionnaire.Option;
import org.readiness.questionnaire.Owner;
import org.readiness.questionnaire.PointRange;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.QuestionType;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.Step;
import org.readiness.questionnaire.Structure;
import org.readiness.questionnaire.answer.Answer;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules a schema cannot say: unique ids, conditions that name earlier questions and existing options,
 * bands that cover 0-100, every text in every declared language, areas and owners that exist.
 */
final class SemanticCheck {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final Questionnaire questionnaire;
    private final JsonNode document;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> areaIds = new LinkedHashSet<>();
    /** Each question's position in the questionnaire, for "names an earlier question". */
    private final Map<String, Integer> questionOrder = new HashMap<>();

    private SemanticCheck(Questionnaire questionnaire, JsonNode document) {
        this.questionnaire = questionnaire;
        this.document = document;
    }

    static List<Finding> check(Questionnaire questionnaire, JsonNode document) {
        SemanticCheck check = new SemanticCheck(questionnaire, document);
        check.run();
        return check.findings.stream().sorted(Comparator.comparing(Finding::pointer)).toList();
    }

    private void run() {
        checkAreas();
        checkQuestionIds();
        checkBands();
        checkSteps();
        checkStructure();
        checkOwners();
        checkActions();
        checkTexts(document, "");
    }

    private void checkAreas() {
        unique(questionnaire.areas(), Area::id, "/areas", "area");
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
        checkBandList(questionnaire.bands().overall(), "/bands/overall");
        questionnaire.bands().areas().forEach((areaId, bands) -> {
            String pointer = "/bands/areas/" + areaId;
            if (!areaIds.contains(areaId)) {
                add(pointer, "bands are given for area \"" + areaId + "\", which the questionnaire does not have.");
            }
            checkBandList(bands, pointer);
        });
    }

    private void checkBandList(List<Band> bands, String pointer) {
        unique(bands, Band::id, pointer, "band");
        List<Band> sorted = bands.stream().sorted(Comparator.comparingInt(Band::min)).toList();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.min() > band.max()) {
                add(pointer + "/" + i + "/min", "band \"" + band.id() + "\" starts at " + band.min()
                        + " but ends at " + band.max() + "; min must not be above max.");
            }
        }
        int expectedStart = 0;
        for (Band band : sorted) {
            String at = pointer + "/" + bands.indexOf(band) + "/min";
            if (band.min() > expectedStart) {
                add(at, "the bands leave a gap: no band holds the scores " + range(expectedStart, band.min() - 1)
                        + " (band \"" + band.id() + "\" starts at " + band.min() + ").");
            } else if (band.min() < expectedStart) {
                add(at, "band \"" + band.id() + "\" overlaps the band before it: the scores "
                        + range(band.min(), Math.min(band.max(), expectedStart - 1)) + " fall into both.");
            }
            expectedStart = Math.max(expectedStart, band.max() + 1);
        }
        if (expectedStart <= 100) {
            add(pointer, "the bands leave a gap: no band holds the scores " + range(expectedStart, 100)
                    + "; together they must cover 0 to 100.");
        }
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + " to " + to;
    }

    private void checkSteps() {
        unique(questionnaire.steps(), Step::id, "/steps", "step");
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
        unique(question.options(), Option::value, pointer + "/options", "option value");
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
            checkCondition(question.visibleIf(), pointer + "/visibleIf", questionOrder.get(question.id()));
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
        checkCondition(questionnaire.structure().smallTeamWhen(), "/structure/smallTeamWhen", null);
    }

    private void checkOwners() {
        unique(questionnaire.owners(), Owner::id, "/owners", "owner");
        for (int i = 0; i < questionnaire.owners().size(); i++) {
            Owner owner = questionnaire.owners().get(i);
            if (!areaIds.contains(owner.area())) {
                add("/owners/" + i + "/area", "owner \"" + owner.id() + "\" is for area \"" + owner.area()
                        + "\", which is not among the questionnaire's areas " + areaIds + ".");
            }
            if (owner.when() != null) {
                checkCondition(owner.when(), "/owners/" + i + "/when", null);
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
        unique(questionnaire.actions(), Action::id, "/actions", "action");
        for (int i = 0; i < questionnaire.actions().size(); i++) {
            Action action = questionnaire.actions().get(i);
            String pointer = "/actions/" + i;
            if (action.area() != null && !areaIds.contains(action.area())) {
                add(pointer + "/area", "action \"" + action.id() + "\" is for area \"" + action.area()
                        + "\", which is not among the questionnaire's areas " + areaIds + ".");
            }
            checkCondition(action.when(), pointer + "/when", null);
            List<String> winsBack = action.winsBack();
            for (int w = 0; w < winsBack.size(); w++) {
                if (!questionOrder.containsKey(winsBack.get(w))) {
                    add(pointer + "/winsBack/" + w, "action \"" + action.id() + "\" names question \""
                            + winsBack.get(w) + "\", which does not exist.");
                }
            }
        }
    }

    /**
     * Checks every test of a condition. With {@code before} set (a visibility condition), a test may name only
     * questions that come before that position, which also rules out cycles.
     */
    private void checkCondition(Condition condition, String pointer, Integer before) {
        for (Condition.Located<Condition.Test> located : condition.tests()) {
            Condition.Test test = located.value();
            String at = pointer + located.pointer();
            Integer position = questionOrder.get(test.question());
            if (position == null) {
                add(at + "/question", "the condition names question \"" + test.question() + "\", which does not exist.");
                continue;
            }
            if (before != null && position >= before) {
                add(at + "/question", "the condition names question \"" + test.question()
                        + "\", which does not come earlier in the questionnaire; a question can only depend on "
                        + "questions asked before it.");
            }
            checkTestValue(test, questionnaire.question(test.question()).orElseThrow(), at);
        }
    }

    private void checkTestValue(Condition.Test test, Question question, String pointer) {
        String at = pointer + "/" + test.operator().key();
        if (test.operator() == Condition.Operator.ANSWERED) {
            return;
        }
        List<?> values = test.value() instanceof List<?> list ? list : List.of(test.value());
        boolean ordered = test.operator() == Condition.Operator.AT_LEAST || test.operator() == Condition.Operator.AT_MOST;
        for (Object value : values) {
            String problem = valueProblem(question, value, ordered);
            if (problem != null) {
                add(at, "the condition on question \"" + question.id() + "\" " + problem);
            }
        }
    }

    private static String valueProblem(Question question, Object value, boolean ordered) {
        boolean number = value instanceof BigDecimal;
        switch (question.type()) {
            case NUMBER, SCALE:
                if (number || !ordered && isSpecialAnswerOffered(question, value)) {
                    return null;
                }
                return "compares with " + quoted(value) + ", but the question takes numbers.";
            case MULTIPLE:
                if (ordered) {
                    return number ? null : "counts the options chosen, so \"atLeast\"/\"atMost\" take a number.";
                }
                return choiceProblem(question, value, false);
            case TEXT:
                return ordered ? "cannot order free text with \"atLeast\"/\"atMost\"." : null;
            default:
                return choiceProblem(question, value, ordered);
        }
    }

    private static boolean isSpecialAnswerOffered(Question question, Object value) {
        return Answer.DONT_KNOW.equals(value) && question.offersDontKnow()
                || Answer.NOT_APPLICABLE.equals(value) && question.allowNotApplicable();
    }

    private static String choiceProblem(Question question, Object value, boolean ordered) {
        Set<String> allowed = new LinkedHashSet<>();
        if (question.type() == QuestionType.YES_NO) {
            allowed.addAll(List.of(Answer.YES, Answer.NO));
        } else {
            question.options().forEach(option -> allowed.add(option.value()));
        }
        if (!ordered && question.offersDontKnow()) {
            allowed.add(Answer.DONT_KNOW);
        }
        if (!ordered && question.allowNotApplicable()) {
            allowed.add(Answer.NOT_APPLICABLE);
        }
        String text = String.valueOf(value);
        return allowed.contains(text) ? null
                : "uses the value " + quoted(value) + ", which the question does not offer; it offers " + allowed + ".";
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    /** Finds every text object ({"en": ..., "sv": ...}) and checks it carries each declared language. */
    private void checkTexts(JsonNode node, String pointer) {
        if (isText(node)) {
            for (String language : questionnaire.languages()) {
                JsonNode text = node.get(language);
                if (text == null || text.asText().isBlank()) {
                    add(pointer, "the text has no \"" + language + "\" version, but the file declares the languages "
                            + questionnaire.languages() + ".");
                }
            }
            node.fieldNames().forEachRemaining(language -> {
                if (!questionnaire.languages().contains(language)) {
                    add(pointer + "/" + language, "the text has a \"" + language + "\" version, but \"" + language
                            + "\" is not among the file's languages " + questionnaire.languages() + ".");
                }
            });
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                checkTexts(field.getValue(), pointer + "/" + escape(field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTexts(node.get(i), pointer + "/" + i);
            }
        }
    }

    private static boolean isText(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!LANGUAGE.matcher(field.getKey()).matches() || !field.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private <T> void unique(List<T> items, Function<T, String> id, String pointer, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                add(pointer + "/" + i, "the " + what + " \"" + value + "\" appears twice; each must be unique.");
            }
        }
    }

    private void add(String pointer, String message) {
        findings.add(new Finding(pointer, message));
    }
}
