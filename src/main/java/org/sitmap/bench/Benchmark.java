package org.sitmap.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.platform.LaunchOptions;
import org.sitmap.publish.MapRenderer;
import org.sitmap.publish.Provenance;
import org.sitmap.publish.RenderOptions;
import org.sitmap.interop.ImportException;
import org.sitmap.store.SituationService;
import org.sitmap.store.StoreException;

/**
 * Measures what users feel, on the shipped dataset and on a generated one {@code scale} times its size
 * ({@link ScaleDatasetGenerator}): zone snapshots, precompute and hit-tests, offline tiles, a 1920×1080 PNG, the
 * heap after loading, the ACLED import rate against the {@code sqlite3} shell, the process's peak resident memory,
 * and, in separate processes, the window's cold start to its first frame with zones and its scrub latency. Not
 * thread-safe.
 */
public final class Benchmark {
    /**
     * What to run.
     *
     * @param quick   fewer rounds and tiles: finishes in under two minutes on the shipped data and a small scale set
     * @param scale   size of the generated dataset, in multiples of {@link ScaleDatasetGenerator}'s unit
     * @param window  whether to start separate processes (the window's cold start and scrub, the command line's start)
     * @param samples random instants the scrub visits, and steps of its drag
     */
    public record Options(boolean quick, int scale, boolean window, int samples) {
    }

    /** The figures of one run, the machine they ran on, and what was not measured or how (one line each). */
    public record Result(Map<String, String> machine, List<Figure> figures, List<String> notes) {
    }

    private final Consumer<String> progress;
    private final Function<Path, SituationService> situations;

    /**
     * @param progress   told what is being measured, one line at a time
     * @param situations opens the situation stored in a database file (the composition root's store), for imports
     */
    public Benchmark(Consumer<String> progress, Function<Path, SituationService> situations) {
        this.progress = progress;
        this.situations = situations;
    }

    public Result run(Options options) throws IOException, StoreException, InterruptedException, ImportException {
        Map<String, String> machine = machine();
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> missing = missingLaunchOptions();
        if (!missing.isEmpty()) {
            notes.add("this JVM runs without the launchers' options " + String.join(" ", missing) + ", so the zone, "
                    + "tile, PNG and import figures are measured without them; start bench with them to measure as the "
                    + "app runs");
        }
        int rounds = options.quick() ? 1 : 3;
        progress.accept("shipped dataset: zones");
        double before = Stopwatch.usedHeapMb();
        Dataset shipped = new DatasetReader().read(DataFiles.embedded()).dataset();
        ZoneEngine engine = ZoneEngine.forDataset(shipped);
        ZoneSnapshot first = engine.snapshotAt(engine.snapshotInstants().get(0));
        figures.add(new Figure("heap held by the loaded dataset + first snapshot", "shipped", Stopwatch.usedHeapMb() - before, "MB", 256));
        figures.addAll(ZoneFigures.measure(shipped, "shipped", rounds, true));

        String label = "scale " + options.scale();
        progress.accept(label + ": generating and loading");
        Path dir = Files.createTempDirectory("sitmap-bench-scale");
        try {
            new ScaleDatasetGenerator().write(options.scale(), 1, dir);
            before = Stopwatch.usedHeapMb();
            Dataset scaled = new DatasetReader().read(DataFiles.fromDirectory(dir)).dataset();
            ZoneEngine scaledEngine = ZoneEngine.forDataset(scaled);
            scaledEngine.snapshotAt(scaledEngine.snapshotInstants().get(0));
            figures.add(new Figure("heap held by the loaded dataset + first snapshot", label, Stopwatch.usedHeapMb() - before, "MB", 1_000));
            java.lang.ref.Reference.reachabilityFence(scaledEngine);
            progress.accept(label + ": zones");
            figures.addAll(ZoneFigures.measure(scaled, label, rounds, false));
            scaled = null;  // the window figures run in other processes: let this one's heap go

            progress.accept("base-map tiles");
            BaseMapData baseMap = BaseMapData.loadBundled();
            figures.addAll(TileFigures.measure(baseMap, options.quick() ? 2 : 4));

            progress.accept("PNG render");
            figures.add(png(shipped, baseMap, engine, rounds));
            java.lang.ref.Reference.reachabilityFence(first);

            progress.accept(label + ": ACLED import");
            figures.addAll(ImportFigures.measure(situations, options.scale(), notes::add));

            if (options.window()) windowFigures(options, dir, label, figures, notes);
            else notes.add("not measured (--no-window): the window's cold start and scrub latency, the command line's start");
        } finally {
            delete(dir);
        }
        double rss = peakRssMb();
        if (!Double.isNaN(rss)) figures.add(new Figure("peak resident memory of this run", "-", rss, "MB", Double.NaN));
        return new Result(machine, figures, notes);
    }

    private void windowFigures(Options options, Path scaleDir, String label, List<Figure> figures, List<String> notes)
            throws IOException, InterruptedException {
        String why = ChildWindow.unavailable();
        if (why != null) {
            notes.add("not measured (" + why + "): the window's cold start and scrub latency");
        } else {
            notes.add("window figures: the real application in a separate JVM, under " + ChildWindow.toolkit()
                    + ", with the launchers' JVM options "
                    + String.join(" ", LaunchOptions.forClassPath(System.getProperty("java.class.path"))));
            for (boolean isShipped : new boolean[] {true, false}) {
                String data = isShipped ? "shipped" : label;
                progress.accept(data + ": window cold start and scrub (separate process)");
                Path home = Files.createTempDirectory("sitmap-bench-home");
                try {
                    // --quick starts the scale set's window once: four window starts and the command line's took
                    // it past its two minutes on a busy machine; the warm start runs the same code on the shipped data.
                    figures.addAll(WindowFigures.measure(home, isShipped ? null : scaleDir, data, options.samples(), isShipped,
                            isShipped || !options.quick()));
                } finally {
                    delete(home);
                }
            }
        }
        if (!options.quick()) {
            progress.accept("command-line cold start (separate process)");
            figures.add(coldStart());
        }
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
     * A new JVM on this one's class path answering {@code control-at} for Aleppo's citadel with an empty home (its
     * own database, settings and log): the command line's start, store creation, data load and first zone snapshot.
     */
    private static Figure coldStart() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("sitmap-bench-cli");
        List<String> cmd = AppProcess.command(home, List.of("-Djava.awt.headless=true"),
                List.of("control-at", "--date", "2024-11-30", "36.1993", "37.1628"));
        try {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            double ms = Stopwatch.msSince(t);
            if (!done) p.destroyForcibly().waitFor();
            if (!done || p.exitValue() != 0) throw new IOException("the cold-start process failed (exit " + (done ? p.exitValue() : "timeout") + ")");
            // Not the window's first frame, whose target (2 s) this figure must not be read against.
            return new Figure("cold start to first zone answer (CLI process, new database)", "shipped", ms, "ms", Double.NaN);
        } finally {
            delete(home);
        }
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

    /**
     * The launchers' JVM options this JVM was not started with. The engine, tile and import figures are measured in
     * this JVM, so a run says so rather than leave it to the reader of the README's command.
     */
    public static List<String> missingLaunchOptions() {
        List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return LaunchOptions.forThisPlatform().stream().filter(o -> !own.contains(o)).toList();
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("max heap", Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        String options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xm")).collect(Collectors.joining(" "));
        m.put("JVM options", options.isEmpty() ? "none" : options);
        m.put("load average at start", String.format(java.util.Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return m;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
