package org.sitmap.bench;

import java.util.Arrays;

/** Small helpers for timings: wall-clock milliseconds and percentiles of samples. Stateless. */
public final class Stopwatch {
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

    /**
     * Used heap after full collections, in MB. A requested collection can be skipped (while a thread holds a JNI
     * critical region, as a renderer often does); a window's figure once came out at 1,300 MB where other runs found
     * 760 MB live. So it asks again, a moment later, until two readings in a row agree within 1 %.
     */
    public static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        double last = Double.NaN;
        for (int i = 0; i < 10; i++) {
            System.gc();
            double now = (rt.totalMemory() - rt.freeMemory()) / 1e6;
            if (Math.abs(now - last) <= 0.01 * last) return now;
            last = now;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return last;
    }
}
