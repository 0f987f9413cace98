package org.readiness.questionnaire.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What the semantic checks found wrong in a file, each at its JSON pointer. */
final class Findings {

    private final List<Finding> found = new ArrayList<>();

    void add(String pointer, String message) {
        found.add(new Finding(pointer, message));
    }

    /** Reports each item whose id an earlier item of the list already has. */
    <T> void unique(List<T> items, Function<T, String> id, String pointer, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                add(pointer + "/" + i, "the " + what + " \"" + value + "\" appears twice; each must be unique.");
            }
        }
    }

    List<Finding> inOrder() {
        return found.stream().sorted(Comparator.comparing(Finding::pointer)).toList();
    }
}
