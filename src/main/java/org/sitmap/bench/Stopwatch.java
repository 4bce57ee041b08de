package org.sitmap.bench;

import java.util.Arrays;

/** Small helpers for timings: wall-clock milliseconds and percentiles of samples. Stateless. */
final class Stopwatch {
    private Stopwatch() {
    }

    static double msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** The p-th percentile (0–100) of the samples, nearest rank. */
    static double percentile(double[] samples, double p) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, rank))];
    }

    /** Used heap after a few full collections, in MB. */
    static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }
}
