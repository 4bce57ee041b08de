package org.sitmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The window's figures, each measured in a separate JVM running the real application ({@link ChildWindow}): the
 * cold start to the first frame with zones drawn, on an empty home (which builds the store) and again on the same
 * home (warm), and scrub latency over random instants and a drag across the whole period.
 */
final class WindowFigures {
    private static final Duration START = Duration.ofMinutes(5), SCRUB = Duration.ofMinutes(45);

    private WindowFigures() {
    }

    /**
     * @param home    an empty folder, used as the window's {@code sitmap.home}
     * @param data    dataset folder shown as the built-in data, or null for the shipped data
     * @param label   "shipped" or "scale N", for the figures
     * @param samples random instants, and steps of the drag
     * @param shipped whether to hold the figures to the shipped dataset's targets (else the 100× ones)
     * @param warm    whether to start the window a second time on the same home
     */
    static List<Figure> measure(Path home, Path data, String label, int samples, boolean shipped, boolean warm)
            throws IOException, InterruptedException {
        List<Figure> out = new ArrayList<>();
        double startTarget = shipped ? 2_000 : 4_000;
        // The scrub run is also the first start: it opens on an empty home and reports its first frame.
        Map<String, double[]> scrub = ChildWindow.run(home, SCRUB, args(data, WindowProtocol.SCRUB, Integer.toString(samples)));
        out.add(new Figure("cold start to first frame with zones, first start (builds the store)", label,
                value(scrub, WindowProtocol.FIRST_FRAME_MS)[0], "ms", startTarget));
        if (warm) {
            Map<String, double[]> again = ChildWindow.run(home, START, args(data, WindowProtocol.EXIT_AFTER_FIRST_FRAME));
            out.add(new Figure("cold start to first frame with zones, warm start", label,
                    value(again, WindowProtocol.FIRST_FRAME_MS)[0], "ms", startTarget));
        }
        double target = shipped ? 16 : 50;
        out.addAll(latency("scrub latency, " + samples + " random instants", label,
                value(scrub, WindowProtocol.SCRUB_RANDOM_MS), target));
        // Without a target: it shows how much of the latency is the application's work and how much is waiting for
        // the toolkit's next pulse (up to a frame, 16.7 ms, at 60 Hz when the input arrives at a random moment).
        double[] work = value(scrub, WindowProtocol.SCRUB_RANDOM_WORK_MS);
        out.add(new Figure("scrub, " + samples + " random instants: the app's own work (listeners + pulse CSS/layout) p50",
                label, Stopwatch.percentile(work, 50), "ms", Double.NaN));
        out.add(new Figure("scrub, " + samples + " random instants: the app's own work (listeners + pulse CSS/layout) p95",
                label, Stopwatch.percentile(work, 95), "ms", Double.NaN));
        // Without a target either: the same samples without the first tenth, where the scrubbing code runs for the
        // first time (interpreted, then compiled while the 2 cores also render) and the places' state runs are built.
        double[] random = value(scrub, WindowProtocol.SCRUB_RANDOM_MS);
        double[] later = Arrays.copyOfRange(random, random.length / 10, random.length);
        out.add(new Figure("scrub latency, the last " + later.length + " random instants (the first tenth warms up): p95",
                label, Stopwatch.percentile(later, 95), "ms", Double.NaN));
        out.addAll(latency("scrub latency, drag in " + samples + " steps", label,
                value(scrub, WindowProtocol.SCRUB_DRAG_MS), target));
        out.add(new Figure("heap held by the window after loading, precomputing every snapshot and the scrub", label,
                value(scrub, WindowProtocol.WINDOW_HEAP_MB)[0], "MB", shipped ? 256 : 1_000));
        return out;
    }

    private static List<String> args(Path data, String... mode) {
        List<String> a = new ArrayList<>();
        if (data != null) a.addAll(List.of(WindowProtocol.DATA, data.toString()));
        a.addAll(List.of(mode));
        return a;
    }

    private static double[] value(Map<String, double[]> printed, String key) throws IOException {
        double[] v = printed.get(key);
        if (v == null || v.length == 0) throw new IOException("the window printed no " + key);
        return v;
    }

    private static List<Figure> latency(String name, String label, double[] ms, double p95Target) {
        return List.of(new Figure(name + ": p50", label, Stopwatch.percentile(ms, 50), "ms", Double.NaN),
                new Figure(name + ": p95", label, Stopwatch.percentile(ms, 95), "ms", p95Target),
                new Figure(name + ": max", label, Stopwatch.percentile(ms, 100), "ms", Double.NaN));
    }
}
