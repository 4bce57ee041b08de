package org.sitmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.geo.SyntheticDataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/**
 * Prints zone-engine timings for the shipped dataset and for synthetic ones (default 400 and 5,000 localities):
 * the first snapshot (which cuts the map into faces, once per set of localities), every later snapshot (dissolving
 * the faces by holder), and hit-tests ({@code detailsAt}). Times are the median of {@code ROUNDS} fresh engines after
 * one warm-up, as wall-clock and as this thread's CPU time (which a busy machine inflates less).
 *
 * <p>Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.sitmap.bench.ZoneBenchmark [N...]}.
 */
public final class ZoneBenchmark {
    private static final int ROUNDS = 5;
    private static final int HITS = 20_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ZoneBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {400, 5000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%-16s %6s %5s | %-21s | %-21s | %-21s | %s%n", "dataset", "places", "snaps",
                "first snapshot ms", "later snapshot ms", "all snapshots ms", "detailsAt µs | heap MB");
        System.out.printf("%-16s %6s %5s | %-21s | %-21s | %-21s | %s%n", "", "", "", "wall / cpu", "wall / cpu (mean)",
                "wall / cpu", "wall / cpu | (all snaps)");
        run("shipped", new DatasetReader().read(DataFiles.embedded()).dataset());
        for (int n : sizes) run("synthetic " + n, SyntheticDataset.northernSyria(n, 14, 42));
    }

    private static void run(String name, Dataset d) {
        double[][] rows = new double[ROUNDS][];
        measure(d);
        for (int r = 0; r < ROUNDS; r++) rows[r] = measure(d);
        double[] m = new double[rows[0].length];
        for (int c = 0; c < m.length; c++) {
            final int col = c;
            double[] v = Arrays.stream(rows).mapToDouble(row -> row[col]).sorted().toArray();
            m[c] = v[v.length / 2];
        }
        int snaps = ZoneEngine.forDataset(d).snapshotInstants().size();
        System.out.printf("%-16s %6d %5d | %9.1f / %9.1f | %9.1f / %9.1f | %9.1f / %9.1f | %5.1f / %5.1f | %6.1f%n", name,
                d.localities().size(), snaps, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], retainedMb(d));
    }

    /** Heap held by an engine with every snapshot computed, in MB (used heap after GC, with and without it). */
    private static double retainedMb(Dataset d) {
        long before = usedAfterGc();
        ZoneEngine engine = ZoneEngine.forDataset(d);
        for (Instant at : engine.snapshotInstants()) engine.snapshotAt(at);
        long after = usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(engine);
        return (after - before) / 1e6;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** {first wall, first cpu, later wall mean, later cpu mean, all wall, all cpu, hit wall µs, hit cpu µs}. */
    private static double[] measure(Dataset d) {
        ZoneEngine engine = ZoneEngine.forDataset(d);
        List<Instant> instants = engine.snapshotInstants();
        long w0 = System.nanoTime(), c0 = CPU.getCurrentThreadCpuTime();
        engine.snapshotAt(instants.get(0));
        long w1 = System.nanoTime(), c1 = CPU.getCurrentThreadCpuTime();
        for (Instant at : instants) engine.snapshotAt(at);
        long w2 = System.nanoTime(), c2 = CPU.getCurrentThreadCpuTime();
        Instant last = instants.get(instants.size() - 1);
        Random r = new Random(1);
        GeoPoint[] points = new GeoPoint[HITS];
        for (int i = 0; i < HITS; i++) points[i] = new GeoPoint(34.6 + r.nextDouble() * 2.7, 35.7 + r.nextDouble() * 6.7);
        long w3 = System.nanoTime(), c3 = CPU.getCurrentThreadCpuTime();
        for (GeoPoint p : points) engine.detailsAt(last, p);
        long w4 = System.nanoTime(), c4 = CPU.getCurrentThreadCpuTime();
        int later = Math.max(1, instants.size() - 1);
        return new double[] {(w1 - w0) / 1e6, (c1 - c0) / 1e6, (w2 - w1) / 1e6 / later, (c2 - c1) / 1e6 / later,
                (w2 - w0) / 1e6, (c2 - c0) / 1e6, (w4 - w3) / 1e3 / HITS, (c4 - c3) / 1e3 / HITS};
    }
}
