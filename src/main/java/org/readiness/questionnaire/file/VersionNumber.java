package org.readiness.questionnaire.file;

import java.util.Arrays;

/** A questionnaire's version ("1", "1.2", "1.2.3"), compared part by part as numbers: 1.10 comes after 1.9. */
public final class VersionNumber {

    private VersionNumber() {
    }

    /** Below zero when {@code a} comes before {@code b}, zero when they are the same version ("1.0" = "1.0.0"). */
    public static int compare(String a, String b) {
        int[] left = parts(a);
        int[] right = parts(b);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Integer.compare(i < left.length ? left[i] : 0, i < right.length ? right[i] : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /** The next version for a change: a change of scoring raises the second part, of texts only the third. */
    public static String next(String version, boolean scoringChanged) {
        int[] parts = Arrays.copyOf(parts(version), 3);
        if (scoringChanged) {
            return parts[0] + "." + (parts[1] + 1) + ".0";
        }
        return parts[0] + "." + parts[1] + "." + (parts[2] + 1);
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(part -> {
            try {
                return Integer.parseInt(part);
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }).toArray();
    }
}
