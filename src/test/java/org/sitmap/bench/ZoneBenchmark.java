package org.sitmap.bench;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.geo.SyntheticDataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.task.TaskRunner;

/**
 * Prints zone-engine timings for the shipped dataset and for synthetic ones. Run after {@code mvn test-compile}:
 * {@code java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.sitmap.bench.ZoneBenchmark [N...]}.
 */
public final class ZoneBenchmark {
    private static final TaskRunner.Progress SILENT = new TaskRunner.Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private ZoneBenchmark() {
    }

    public static void main(String[] args) {
        Dataset shipped = new DatasetReader().read(DataFiles.embedded()).dataset();
        run("shipped", shipped);
        int[] sizes = args.length == 0 ? new int[] {400, 5000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) run("synthetic " + n, SyntheticDataset.northernSyria(n, 14, 42));
    }

    private static void run(String name, Dataset d) {
        for (int round = 0; round < 2; round++) {  // round 0 warms the JIT
            ZoneEngine engine = ZoneEngine.forDataset(d);
            List<Instant> instants = engine.snapshotInstants();
            long t0 = System.nanoTime();
            ZoneSnapshot first = engine.snapshotAt(instants.isEmpty() ? Instant.now() : instants.get(0));
            long t1 = System.nanoTime();
            engine.precompute(SILENT);
            long t2 = System.nanoTime();
            Instant last = instants.isEmpty() ? Instant.now() : instants.get(instants.size() - 1);
            engine.snapshotAt(last);
            Random r = new Random(1);
            int hits = 20_000;
            long t3 = System.nanoTime();
            for (int i = 0; i < hits; i++) {
                engine.detailsAt(last, new GeoPoint(34.6 + r.nextDouble() * 2.7, 35.7 + r.nextDouble() * 6.7));
            }
            long t4 = System.nanoTime();
            if (round == 1) {
                System.out.printf("%-16s localities %5d  snapshots %4d  first snapshot %7.1f ms  all snapshots %8.1f ms"
                                + "  (%.1f ms each)  detailsAt %6.1f µs  zones %d%n",
                        name, d.localities().size(), instants.size(), (t1 - t0) / 1e6, (t2 - t0) / 1e6,
                        (t2 - t0) / 1e6 / Math.max(1, instants.size()), (t4 - t3) / 1e3 / hits, first.zones().size());
            }
        }
    }
}
