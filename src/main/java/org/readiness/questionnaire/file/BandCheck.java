package org.readiness.questionnaire.file;

import org.readiness.questionnaire.Band;

import java.util.Comparator;
import java.util.List;

/** A list of bands has unique ids, each band ends where it starts or later, and together they cover 0 to 100. */
final class BandCheck {

    private BandCheck() {
    }

    static void check(List<Band> bands, String pointer, Findings findings) {
        findings.unique(bands, Band::id, pointer, "band");
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.min() > band.max()) {
                findings.add(pointer + "/" + i + "/min", "band \"" + band.id() + "\" starts at " + band.min()
                        + " but ends at " + band.max() + "; min must not be above max.");
            }
        }
        int expectedStart = 0;
        for (Band band : bands.stream().sorted(Comparator.comparingInt(Band::min)).toList()) {
            String at = pointer + "/" + bands.indexOf(band) + "/min";
            if (band.min() > expectedStart) {
                findings.add(at, "the bands leave a gap: no band holds the scores " + range(expectedStart, band.min() - 1)
                        + " (band \"" + band.id() + "\" starts at " + band.min() + ").");
            } else if (band.min() < expectedStart) {
                findings.add(at, "band \"" + band.id() + "\" overlaps the band before it: the scores "
                        + range(band.min(), Math.min(band.max(), expectedStart - 1)) + " fall into both.");
            }
            expectedStart = Math.max(expectedStart, band.max() + 1);
        }
        if (expectedStart <= 100) {
            findings.add(pointer, "the bands leave a gap: no band holds the scores " + range(expectedStart, 100)
                    + "; together they must cover 0 to 100.");
        }
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + " to " + to;
    }
}
