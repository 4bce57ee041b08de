package org.sitmap.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.publish.MapRenderer;
import org.sitmap.publish.Provenance;
import org.sitmap.publish.RenderOptions;
import org.sitmap.store.StoreException;

/**
 * Measures what users feel, on the shipped dataset and on a generated one {@code scale} times its size
 * ({@link ScaleDatasetGenerator}): zone snapshots, precompute and hit-tests, offline tiles, a 1920×1080 PNG, the
 * heap after loading, the process's peak resident memory, and a cold start of a separate process. Not thread-safe.
 */
public final class Benchmark {
    /**
     * What to run.
     *
     * @param quick     fewer rounds and tiles: finishes in about a minute on the shipped data and a small scale set
     * @param scale     size of the generated dataset, in multiples of {@link ScaleDatasetGenerator}'s unit
     * @param coldStart whether to start a separate process and time it
     */
    public record Options(boolean quick, int scale, boolean coldStart) {
    }

    /** The figures of one run and the machine they ran on. */
    public record Result(Map<String, String> machine, List<Figure> figures) {
    }

    private final Consumer<String> progress;

    /** @param progress told what is being measured, one line at a time */
    public Benchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(Options options) throws IOException, StoreException, InterruptedException {
        Map<String, String> machine = machine();
        List<Figure> figures = new ArrayList<>();
        int rounds = options.quick() ? 1 : 3;
        progress.accept("shipped dataset: zones");
        double before = Stopwatch.usedHeapMb();
        Dataset shipped = new DatasetReader().read(DataFiles.embedded()).dataset();
        ZoneEngine engine = ZoneEngine.forDataset(shipped);
        ZoneSnapshot first = engine.snapshotAt(engine.snapshotInstants().get(0));
        figures.add(new Figure("heap held by the loaded dataset + first snapshot", "shipped", Stopwatch.usedHeapMb() - before, "MB", 256));
        figures.addAll(ZoneFigures.measure(shipped, "shipped", rounds, true));

        progress.accept("scale " + options.scale() + ": generating and loading");
        Path dir = Files.createTempDirectory("sitmap-bench-scale");
        try {
            new ScaleDatasetGenerator().write(options.scale(), 1, dir);
            before = Stopwatch.usedHeapMb();
            Dataset scaled = new DatasetReader().read(DataFiles.fromDirectory(dir)).dataset();
            ZoneEngine scaledEngine = ZoneEngine.forDataset(scaled);
            scaledEngine.snapshotAt(scaledEngine.snapshotInstants().get(0));
            String label = "scale " + options.scale();
            figures.add(new Figure("heap held by the loaded dataset + first snapshot", label, Stopwatch.usedHeapMb() - before, "MB", 1_000));
            java.lang.ref.Reference.reachabilityFence(scaledEngine);
            progress.accept("scale " + options.scale() + ": zones");
            figures.addAll(ZoneFigures.measure(scaled, label, rounds, false));
        } finally {
            delete(dir);
        }

        progress.accept("base-map tiles");
        BaseMapData baseMap = BaseMapData.loadBundled();
        figures.addAll(TileFigures.measure(baseMap, options.quick() ? 2 : 4));

        progress.accept("PNG render");
        figures.add(png(shipped, baseMap, engine, rounds));
        java.lang.ref.Reference.reachabilityFence(first);

        if (options.coldStart()) {
            progress.accept("cold start (separate process)");
            figures.add(coldStart());
        }
        double rss = peakRssMb();
        if (!Double.isNaN(rss)) figures.add(new Figure("peak resident memory of this run", "-", rss, "MB", Double.NaN));
        return new Result(machine, figures);
    }

    private static Figure png(Dataset d, BaseMapData baseMap, ZoneEngine engine, int rounds) throws IOException {
        MapRenderer renderer = new MapRenderer(d, baseMap, Provenance.of("bench"));
        List<Instant> instants = engine.snapshotInstants();
        ZoneSnapshot snapshot = engine.snapshotAt(instants.get(instants.size() - 1));
        RenderOptions options = RenderOptions.defaults();
        double[] ms = new double[rounds + 1];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(renderer.render(snapshot, options), "png", png);
            ms[i] = Stopwatch.msSince(t);
        }
        double[] warm = java.util.Arrays.copyOfRange(ms, 1, ms.length);
        return new Figure("PNG " + options.width() + "×" + options.height() + " (render + encode)", "shipped",
                Stopwatch.percentile(warm, 50), "ms", Double.NaN);
    }

    /**
     * A new JVM on this one's class path answering {@code control-at} for Aleppo's citadel on a fresh database: the
     * command line's start, store creation, data load and first zone snapshot.
     */
    private static Figure coldStart() throws IOException, InterruptedException {
        Path db = Files.createTempFile("sitmap-bench", ".db");
        Files.delete(db);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.sitmap.app.Main", "--db", db.toString(), "control-at", "--date", "2024-11-30", "36.1993", "37.1628");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        double ms = Stopwatch.msSince(t);
        if (!done) p.destroyForcibly();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) Files.deleteIfExists(Path.of(db + suffix));
        if (!done || p.exitValue() != 0) throw new IOException("the cold-start process failed (exit " + (done ? p.exitValue() : "timeout") + ")");
        // Not the window's first frame, whose target (2 s) this figure must not be read against.
        return new Figure("cold start to first zone answer (CLI process, new database)", "shipped", ms, "ms", Double.NaN);
    }

    /** The peak resident set size of this process (Linux's VmHWM), or NaN where /proc is missing. */
    private static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("max heap", Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        m.put("load average at start", String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return m;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
