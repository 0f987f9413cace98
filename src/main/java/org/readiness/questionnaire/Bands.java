package org.readiness.questionnaire;

import java.util.List;
import java.util.Map;

/** The bands of the overall score and, where an area has its own, of that area. */
public record Bands(List<Band> overall, Map<String, List<Band>> areas) {

    public Bands {
        overall = List.copyOf(overall);
        areas = areas == null ? Map.of() : Map.copyOf(areas);
    }

    /** The bands an area's score falls into: its own, or the overall ones when it has none. */
    public List<Band> forArea(String areaId) {
        return areas.getOrDefault(areaId, overall);
    }

    public static Band find(List<Band> bands, int score) {
        return bands.stream()
                .filter(band -> band.contains(score))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no band holds the score " + score));
    }
}
