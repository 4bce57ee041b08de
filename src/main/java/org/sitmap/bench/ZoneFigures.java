package org.sitmap.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.task.TaskRunner;

/**
 * The zone engine's figures for one dataset: the first snapshot (which cuts the map into faces), a later snapshot
 * (regrouping the faces by holder), every snapshot precomputed, and a point's details (hit-test). Each is the
 * median over fresh engines after one warm-up engine.
 */
final class ZoneFigures {
    private static final int HITS = 20_000;
    /** Progress nobody watches. */
    static final TaskRunner.Progress SILENT = new TaskRunner.Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private ZoneFigures() {
    }

    static List<Figure> measure(Dataset d, String label, int rounds, boolean shipped) {
        measureOnce(d);  // warm-up: the JIT compiles the tessellation code
        double[][] runs = new double[rounds][];
        for (int r = 0; r < rounds; r++) runs[r] = measureOnce(d);
        double[] m = new double[runs[0].length];
        for (int c = 0; c < m.length; c++) {
            double[] col = new double[rounds];
            for (int r = 0; r < rounds; r++) col[r] = runs[r][c];
            m[c] = Stopwatch.percentile(col, 50);
        }
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("first zone snapshot", label, m[0], "ms", shipped ? 20 : 200));
        out.add(new Figure("later zone snapshot (mean)", label, m[1], "ms", shipped ? 20 : Double.NaN));
        out.add(new Figure("distinct snapshots", label, m[3], "", Double.NaN));
        out.add(new Figure("all snapshots precomputed", label, m[2], "ms", shipped ? 1_000 : 60_000));
        out.add(new Figure("point details (hit-test)", label, m[4], "µs", 1_000));
        return out;
    }

    /** {first ms, later mean ms, all ms, snapshot count, hit µs}. */
    private static double[] measureOnce(Dataset d) {
        ZoneEngine engine = ZoneEngine.forDataset(d);
        List<Instant> instants = engine.snapshotInstants();
        long t0 = System.nanoTime();
        engine.snapshotAt(instants.get(0));
        double first = Stopwatch.msSince(t0);
        long t1 = System.nanoTime();
        engine.precompute(SILENT);
        double all = first + Stopwatch.msSince(t1);
        double later = (all - first) / Math.max(1, instants.size() - 1);
        Instant last = instants.get(instants.size() - 1);
        Random r = new Random(1);
        GeoPoint[] points = new GeoPoint[HITS];
        for (int i = 0; i < HITS; i++) points[i] = new GeoPoint(34.6 + r.nextDouble() * 2.7, 35.7 + r.nextDouble() * 6.7);
        long t2 = System.nanoTime();
        for (GeoPoint p : points) engine.detailsAt(last, p);
        double hit = Stopwatch.msSince(t2) * 1000 / HITS;
        return new double[] {first, later, all, instants.size(), hit};
    }
}
