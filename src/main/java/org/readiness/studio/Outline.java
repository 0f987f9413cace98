package org.readiness.studio;

import com.fasterxml.jackson.databind.JsonNode;
import org.readiness.questionnaire.file.FileProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of a questionnaire document as the studio's outline lists them: the questionnaire itself, its steps with
 * their questions, then areas, bands, structure, owners, actions and roles. Each names its JSON pointer, so a problem
 * found at a pointer belongs to the deepest item whose pointer holds it.
 */
public final class Outline {

    private Outline() {
    }

    public enum Kind { QUESTIONNAIRE, STEP, QUESTION, AREA, BANDS, STRUCTURE, OWNER, ACTION, ROLE }

    /** One line of the outline; {@code list} is the array it sits in (empty for the single ones), {@code index} its place. */
    public record Item(Kind kind, String pointer, String id, String list, int index) {

        /** Whether a problem at the pointer belongs to this item rather than to one of its parts listed separately. */
        public boolean holds(String problemPointer) {
            return pointer.isEmpty() ? true
                    : problemPointer.equals(pointer) || problemPointer.startsWith(pointer + "/");
        }
    }

    public static List<Item> of(JsonNode document) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(Kind.QUESTIONNAIRE, "", document.path("id").asText(""), "", 0));
        JsonNode steps = document.path("steps");
        for (int s = 0; s < steps.size(); s++) {
            String step = "/steps/" + s;
            items.add(new Item(Kind.STEP, step, steps.get(s).path("id").asText(""), "/steps", s));
            JsonNode questions = steps.get(s).path("questions");
            for (int q = 0; q < questions.size(); q++) {
                items.add(new Item(Kind.QUESTION, step + "/questions/" + q, questions.get(q).path("id").asText(""),
                        step + "/questions", q));
            }
        }
        list(document, "areas", Kind.AREA, items);
        items.add(new Item(Kind.BANDS, "/bands", "bands", "", 0));
        items.add(new Item(Kind.STRUCTURE, "/structure", "structure", "", 0));
        list(document, "owners", Kind.OWNER, items);
        list(document, "actions", Kind.ACTION, items);
        list(document, "roles", Kind.ROLE, items);
        return items;
    }

    private static void list(JsonNode document, String field, Kind kind, List<Item> items) {
        JsonNode list = document.path(field);
        for (int i = 0; i < list.size(); i++) {
            items.add(new Item(kind, "/" + field + "/" + i, list.get(i).path("id").asText(""), "/" + field, i));
        }
    }

    /** The item a problem at the pointer is shown at: the deepest one holding it. */
    public static Item itemOf(List<Item> items, String problemPointer) {
        Item found = items.get(0);
        for (Item item : items) {
            if (item.holds(problemPointer) && item.pointer().length() >= found.pointer().length()) {
                found = item;
            }
        }
        return found;
    }

    /** How many of the problems each item shows, by the item's pointer. */
    public static Map<String, Integer> problemCounts(List<Item> items, List<FileProblem> problems) {
        Map<String, Integer> counts = new HashMap<>();
        problems.forEach(problem -> counts.merge(itemOf(items, problem.pointer()).pointer(), 1, Integer::sum));
        return counts;
    }
}
