package org.sitmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.publish.MapFiles;
import org.sitmap.publish.MapRenderer;
import org.sitmap.publish.Provenance;
import org.sitmap.publish.RenderOptions;
import org.sitmap.publish.ReplayFiles;
import org.sitmap.publish.ReplayFrames;
import org.sitmap.task.CancellationFlag;

/**
 * Prints publishing timings on the shipped dataset after the data is loaded: a 1920×1080 PNG of northern Syria
 * (median of 5, written to disk, after one warm-up), and a 15-day replay at one frame per 6 h (60 frames, 1920×1080)
 * as GIF and as MP4. Wall-clock and this thread's CPU time (which a busy machine inflates less).
 *
 * <p>Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/cp.txt)"
 * org.sitmap.bench.PublishBenchmark}.
 */
public final class PublishBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Dataset d = new DatasetReader().read(DataFiles.embedded()).dataset();
        ZoneEngine engine = ZoneEngine.forDataset(d);
        MapRenderer renderer = new MapRenderer(d, BaseMapData.loadBundled(), Provenance.of("benchmark"));
        Path dir = Files.createTempDirectory("sitmap-bench");
        Instant at = ReportedTime.endOfDay(LocalDate.of(2024, 11, 30));
        engine.snapshotAt(at);
        RenderOptions options = RenderOptions.defaults();
        double[] wall = new double[5], cpu = new double[5];
        MapFiles.write(renderer, engine.snapshotAt(at), at, options.withBbox(RenderOptions.NORTHERN_SYRIA), dir.resolve("warm.png"));
        for (int i = 0; i < 5; i++) {
            // A new renderer each round, so the base map is drawn each time, as for a single render.
            MapRenderer fresh = new MapRenderer(d, BaseMapData.loadBundled(), Provenance.of("benchmark"));
            long w0 = System.nanoTime(), c0 = CPU.getCurrentThreadCpuTime();
            MapFiles.write(fresh, engine.snapshotAt(at), at, options, dir.resolve("map.png"));
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf("PNG 1920×1080 (with sources.csv): %.0f ms wall / %.0f ms cpu (median of 5)%n", median(wall), median(cpu));
        ReplayFrames frames = ReplayFrames.of(LocalDate.of(2024, 11, 26), LocalDate.of(2024, 12, 10), Duration.ofHours(6));
        for (String name : new String[] {"replay.gif", "replay.mp4"}) {
            long w0 = System.nanoTime(), c0 = CPU.getCurrentThreadCpuTime();
            ReplayFiles.write(renderer, engine, frames, options.withEventWindow(Duration.ofHours(6)), 4, dir.resolve(name),
                    new CancellationFlag().silentProgress());
            System.out.printf("%s: %d frames 1920×1080 in %.1f s wall / %.1f s cpu, %d KB%n", name, frames.size(),
                    (System.nanoTime() - w0) / 1e9, (CPU.getCurrentThreadCpuTime() - c0) / 1e9,
                    Files.size(dir.resolve(name)) / 1024);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
