package org.readiness.bench;

import java.util.List;

/** Nearest-rank percentiles of a list of milliseconds. */
final class Percentiles {

    private Percentiles() {
    }

    static double of(List<Double> values, double percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** "p50 / p95 / p99" with one decimal, and the count. */
    static String summary(List<Double> values) {
        return String.format(java.util.Locale.ROOT, "%.1f / %.1f / %.1f ms (n=%d)",
                of(values, 50), of(values, 95), of(values, 99), values.size());
    }
}
