package org.readiness.studio.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.readiness.studio.TreeEdits;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The fields of each kind of item, as the format guide lists them. */
final class FormFields extends FormInputs {

    private static final List<String> TYPES = List.of("single", "multiple", "yes-no", "scale", "number", "text");
    private static final List<String> STRUCTURES = List.of("small-team", "three-area");

    FormFields(JsonNode document, List<String> languages, Editing edit,
               Map<String, FieldBox> fields) {
        super(document, languages, edit, fields);
    }

    void questionnaire() {
        string("/id", t("studio.field.id"), false);
        string("/version", t("studio.field.version"), false);
        ids("/languages", t("studio.field.languages"), t("studio.field.languages.help"));
        texts("/title", t("studio.field.title"), false);
        texts("/description", t("studio.field.description"), true);
        number("/estimatedMinutes", t("studio.field.minutes"), true);
        choice("/team/merge", t("studio.field.merge"), List.of("mean", "median", "lowest"), true);
        number("/team/disagreementThreshold", t("studio.field.threshold"), true);
        actions(add(t("studio.add.step"), "/steps", newStep()), add(t("studio.add.area"), "/areas", newItem("area",
                "title").put("weight", 1)), add(t("studio.add.owner"), "/owners", newItem("owner", "title")
                .put("area", idsOf("areas").isEmpty() ? "" : idsOf("areas").get(0)).put("structure", "three-area")),
                add(t("studio.add.action"), "/actions", newAction()), add(t("studio.add.role"), "/roles",
                        newItem("role", "label")));
    }

    private Button add(String label, String list, ObjectNode element) {
        return new Button(label, click -> change(tree -> TreeEdits.insert(tree, list, Integer.MAX_VALUE, element)));
    }

    private ObjectNode newItem(String kind, String textField) {
        int number = 1;
        while (document.toString().contains("\"new-" + kind + "-" + number + "\"")) {
            number++;
        }
        ObjectNode item = JsonNodeFactory.instance.objectNode().put("id", "new-" + kind + "-" + number);
        ObjectNode text = item.putObject(textField);
        languages.forEach(language -> text.put(language, ""));
        return item;
    }

    private ObjectNode newStep() {
        ObjectNode step = newItem("step", "title");
        step.putArray("questions").add(newQuestion(document));
        return step;
    }

    private ObjectNode newAction() {
        ObjectNode action = newItem("action", "title");
        ObjectNode reason = action.putObject("reason");
        languages.forEach(language -> reason.put(language, ""));
        action.putObject("when");
        return action;
    }

    void step(String pointer) {
        string(pointer + "/id", t("studio.field.id"), false);
        texts(pointer + "/title", t("studio.field.title"), false);
        texts(pointer + "/description", t("studio.field.description"), true);
        flag(pointer + "/profile", t("studio.field.profile"));
        ids(pointer + "/askedOf", t("studio.field.asked-of"), t("studio.field.ids-of", String.join(", ", idsOf("roles"))));
        actions(new Button(t("studio.add.question"), click -> change(tree -> TreeEdits.insert(tree,
                pointer + "/questions", Integer.MAX_VALUE, newQuestion(tree)))), remove(pointer));
    }

    void question(String pointer, JsonNode question) {
        string(pointer + "/id", t("studio.field.id"), false);
        choice(pointer + "/type", t("studio.field.type"), TYPES, false);
        texts(pointer + "/text", t("studio.field.text"), false);
        texts(pointer + "/help", t("studio.field.help"), true);
        texts(pointer + "/talkingPoint", t("studio.field.talking-point"), true);
        flag(pointer + "/required", t("studio.field.required"));
        choice(pointer + "/area", t("studio.field.area"), idsOf("areas"), true);
        flag(pointer + "/allowDontKnow", t("studio.field.dont-know"));
        flag(pointer + "/allowNotApplicable", t("studio.field.not-applicable"));
        condition(pointer + "/visibleIf", t("studio.field.visible-if"), true);
        ids(pointer + "/askedOf", t("studio.field.asked-of"), t("studio.field.ids-of", String.join(", ", idsOf("roles"))));
        switch (question.path("type").asText()) {
            case "single", "multiple" -> options(pointer, question);
            case "yes-no" -> {
                number(pointer + "/points/yes", t("studio.field.points-yes"), false);
                number(pointer + "/points/no", t("studio.field.points-no"), false);
            }
            case "scale" -> {
                number(pointer + "/min", t("studio.field.scale-min"), false);
                number(pointer + "/max", t("studio.field.scale-max"), false);
                texts(pointer + "/minLabel", t("studio.field.min-label"), true);
                texts(pointer + "/maxLabel", t("studio.field.max-label"), true);
            }
            case "number" -> numberQuestion(pointer, question);
            case "text" -> number(pointer + "/maxLength", t("studio.field.max-length"), true);
            default -> { }
        }
        actions(remove(pointer));
    }

    private void options(String pointer, JsonNode question) {
        if ("multiple".equals(question.path("type").asText())) {
            number(pointer + "/maxPoints", t("studio.field.max-points"), true);
        }
        JsonNode options = question.path("options");
        for (int i = 0; i < options.size(); i++) {
            String option = pointer + "/options/" + i;
            components().add(new H3(t("studio.field.option", i + 1)));
            string(option + "/value", t("studio.field.value"), false);
            texts(option + "/label", t("studio.field.label"), false);
            number(option + "/points", t("studio.field.points"), true);
            if ("multiple".equals(question.path("type").asText())) {
                flag(option + "/exclusive", t("studio.field.exclusive"));
            }
            actions(remove(option));
        }
        actions(new Button(t("studio.add.option"), click -> change(tree -> TreeEdits.insert(tree,
                pointer + "/options", Integer.MAX_VALUE, newOption(options.size() + 1)))));
    }

    private void numberQuestion(String pointer, JsonNode question) {
        number(pointer + "/min", t("studio.field.min"), true);
        number(pointer + "/max", t("studio.field.max"), true);
        texts(pointer + "/unit", t("studio.field.unit"), true);
        JsonNode ranges = question.path("ranges");
        for (int i = 0; i < ranges.size(); i++) {
            String range = pointer + "/ranges/" + i;
            components().add(new H3(t("studio.field.range", i + 1)));
            number(range + "/min", t("studio.field.min"), false);
            number(range + "/max", t("studio.field.max"), true);
            number(range + "/points", t("studio.field.points"), false);
            actions(remove(range));
        }
        actions(new Button(t("studio.add.range"), click -> change(tree -> TreeEdits.insert(tree, pointer + "/ranges",
                Integer.MAX_VALUE, JsonNodeFactory.instance.objectNode().put("min", 0).put("points", 0)))));
    }

    void area(String pointer) {
        string(pointer + "/id", t("studio.field.id"), false);
        texts(pointer + "/title", t("studio.field.title"), false);
        texts(pointer + "/description", t("studio.field.description"), true);
        number(pointer + "/weight", t("studio.field.weight"), false);
        actions(remove(pointer));
    }

    void bands() {
        bandList("/bands/overall", t("studio.field.bands-overall"));
        document.path("bands").path("areas").fieldNames().forEachRemaining(area ->
                bandList("/bands/areas/" + area, t("studio.field.bands-area", area)));
    }

    private void bandList(String pointer, String title) {
        components().add(new H3(title));
        JsonNode bands = at(pointer);
        for (int i = 0; i < bands.size(); i++) {
            String band = pointer + "/" + i;
            string(band + "/id", t("studio.field.id"), false);
            number(band + "/min", t("studio.field.band-min"), false);
            number(band + "/max", t("studio.field.band-max"), false);
            texts(band + "/label", t("studio.field.label"), false);
            texts(band + "/summary", t("studio.field.summary"), true);
            string(band + "/color", t("studio.field.color"), true);
        }
    }

    void structure() {
        condition("/structure/smallTeamWhen", t("studio.field.small-team-when"), false);
        texts("/structure/smallTeamReason", t("studio.field.small-team-reason"), false);
        texts("/structure/threeAreaReason", t("studio.field.three-area-reason"), false);
        texts("/structure/smallTeamName", t("studio.field.small-team-name"), true);
        texts("/structure/threeAreaName", t("studio.field.three-area-name"), true);
    }

    void owner(String pointer) {
        string(pointer + "/id", t("studio.field.id"), false);
        choice(pointer + "/area", t("studio.field.area"), idsOf("areas"), false);
        choice(pointer + "/structure", t("studio.field.structure"), STRUCTURES, false);
        texts(pointer + "/title", t("studio.field.title"), false);
        texts(pointer + "/why", t("studio.field.why"), true);
        condition(pointer + "/when", t("studio.field.when"), true);
        actions(remove(pointer));
    }

    void action(String pointer) {
        string(pointer + "/id", t("studio.field.id"), false);
        choice(pointer + "/area", t("studio.field.area"), idsOf("areas"), true);
        texts(pointer + "/title", t("studio.field.title"), false);
        texts(pointer + "/reason", t("studio.field.reason"), false);
        condition(pointer + "/when", t("studio.field.when"), false);
        ids(pointer + "/winsBack", t("studio.field.wins-back"), t("studio.field.wins-back.help"));
        actions(remove(pointer));
    }

    void role(String pointer) {
        string(pointer + "/id", t("studio.field.id"), false);
        texts(pointer + "/label", t("studio.field.label"), false);
        texts(pointer + "/description", t("studio.field.description"), true);
        actions(remove(pointer));
    }

    private Button remove(String pointer) {
        Button remove = new Button(t("studio.remove"), click -> change(tree -> TreeEdits.remove(tree, pointer)));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private void actions(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("form-actions");
        components().add(row);
    }

    private ObjectNode newQuestion(JsonNode tree) {
        int number = 1;
        while (tree.toString().contains("\"new-question-" + number + "\"")) {
            number++;
        }
        ObjectNode question = JsonNodeFactory.instance.objectNode().put("id", "new-question-" + number)
                .put("type", "yes-no");
        ObjectNode text = question.putObject("text");
        languages.forEach(language -> text.put(language, ""));
        return question;
    }

    private ObjectNode newOption(int number) {
        ObjectNode option = JsonNodeFactory.instance.objectNode().put("value", "option-" + number);
        ObjectNode label = option.putObject("label");
        languages.forEach(language -> label.put(language, ""));
        return option;
    }
}
