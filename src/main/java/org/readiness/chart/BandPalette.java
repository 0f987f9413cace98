package org.readiness.chart;

import org.readiness.questionnaire.Band;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The colours of score bands, the same on the page, in the chart and on the score card: a band's own colour from
 * its questionnaire file, or else one by its rank among its bands, from red for the lowest to green for the highest,
 * whatever the bands are called. Each reads at 4.5:1 or better on white.
 */
public final class BandPalette {

    private static final List<String> RAMP = List.of("#b3261e", "#a53f00", "#8a5a00", "#556b10", "#1b6e3a");
    /** How much of a band's colour its pale shade keeps; the rest is white. */
    private static final double PALE = 0.14;

    private BandPalette() {
    }

    /** The colour that marks the band in text and badges ("#rrggbb"). */
    public static String strong(Band band, List<Band> bands) {
        if (band.color() != null) {
            return band.color().toLowerCase(Locale.ROOT);
        }
        List<Band> ranked = bands.stream().sorted(Comparator.comparingInt(Band::min)).toList();
        int rank = Math.max(0, ranked.indexOf(band));
        int steps = ranked.size() - 1;
        return RAMP.get(steps <= 0 ? RAMP.size() - 1 : (int) Math.round(rank * (RAMP.size() - 1.0) / steps));
    }

    /** The pale shade of the band that the chart lays behind its bars. */
    public static String pale(Band band, List<Band> bands) {
        String strong = strong(band, bands);
        StringBuilder pale = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int channel = Integer.parseInt(strong.substring(i, i + 2), 16);
            pale.append(String.format(Locale.ROOT, "%02x", (int) Math.round(255 - (255 - channel) * PALE)));
        }
        return pale.toString();
    }
}
