package org.readiness.chart;

import java.util.ArrayList;
import java.util.List;

/** Text over as many lines as it needs, at most {@code perLine} characters each; a longer word stays whole. */
final class Wrapping {

    private Wrapping() {
    }

    static List<String> lines(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
