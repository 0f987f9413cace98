package org.readiness.questionnaire;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule on earlier answers, written in the file as structured JSON:
 * {@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": {...}}} or a test on one question such as
 * {@code {"question": "business-model", "in": ["b2b", "both"]}}.
 */
@JsonDeserialize(using = ConditionDeserializer.class)
@JsonSerialize(using = ConditionSerializer.class)
public sealed interface Condition {

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    record Not(Condition condition) implements Condition {
    }

    /** A test of one question's answer. {@code value} is a string, a number, a list of them, or a boolean. */
    record Test(String question, Operator operator, Object value) implements Condition {
    }

    enum Operator {
        EQUALS("equals"), IN("in"), AT_LEAST("atLeast"), AT_MOST("atMost"), ANSWERED("answered");

        private final String key;

        Operator(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Every test in this condition with the JSON pointer of it, relative to the condition. */
    default List<Located<Test>> tests() {
        List<Located<Test>> found = new ArrayList<>();
        collect(this, "", found);
        return found;
    }

    /** The questions this condition names, in the order they first appear. */
    default List<String> questionIds() {
        Set<String> ids = new LinkedHashSet<>();
        tests().forEach(test -> ids.add(test.value().question()));
        return List.copyOf(ids);
    }

    private static void collect(Condition condition, String pointer, List<Located<Test>> found) {
        if (condition instanceof All all) {
            collectEach(all.conditions(), pointer + "/all/", found);
        } else if (condition instanceof Any any) {
            collectEach(any.conditions(), pointer + "/any/", found);
        } else if (condition instanceof Not not) {
            collect(not.condition(), pointer + "/not", found);
        } else {
            found.add(new Located<>((Test) condition, pointer));
        }
    }

    private static void collectEach(List<Condition> conditions, String pointer, List<Located<Test>> found) {
        for (int i = 0; i < conditions.size(); i++) {
            collect(conditions.get(i), pointer + i, found);
        }
    }

    record Located<T>(T value, String pointer) {
    }
}
