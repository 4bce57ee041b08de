package org.sitmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitmap.bench.Benchmark;
import org.sitmap.bench.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: measures this machine on the shipped data and a generated scale set, and prints every figure. */
@Command(name = "bench", description = {"Measure this machine: zone snapshots, precompute and hit-tests on the shipped "
        + "data and on a generated dataset N times a unit's size, offline tiles at z8/z10/z12 and cached, a 1920×1080 "
        + "PNG, heap after load, the ACLED import rate against the sqlite3 shell's .import, peak resident memory, and, in "
        + "separate processes, the window's cold start to its first frame with zones and its scrub latency (under "
        + "Monocle, headless, when there is no display).",
        "Prints each figure with its target and the machine; --out writes them as JSON."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    SitmapCommand root;

    @Option(names = "--quick", description = "Fewer rounds, tiles and scrub samples, scale 2 unless --scale is given (under two minutes).")
    boolean quick;

    @Option(names = "--scale", paramLabel = "N", description = "Size of the generated dataset (default 100; 2 with --quick).")
    Integer scale;

    @Option(names = {"--no-window", "--no-cold-start"}, negatable = false,
            description = "Skip the separate processes: the window's cold start and scrub, the command line's start.")
    boolean noWindow;

    /** Hidden: the smoke test scrubs a handful of instants. */
    @Option(names = "--scrub-samples", hidden = true, paramLabel = "N")
    Integer samples;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the figures as JSON.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        int n = scale != null ? scale : quick ? 2 : 100;
        if (n < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scale must be at least 1");
        int scrub = samples != null ? samples : quick ? 50 : 500;
        if (scrub < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scrub-samples must be at least 1");
        Benchmark.Result r = new Benchmark(line -> o.println("measuring " + line + "..."), root::situationAt).run(
                new Benchmark.Options(quick, n, !noWindow, scrub));
        o.println();
        r.machine().forEach((k, v) -> o.printf("%-22s %s%n", k + ":", v));
        o.printf("%n%-70s %-10s %18s %14s %s%n", "figure", "data", "value", "target", "");
        for (Figure f : r.figures()) {
            o.printf(Locale.ROOT, "%-70s %-10s %11.2f %-6s %14s %s%n", f.name(), f.dataset(), f.value(), f.unit(),
                    Double.isNaN(f.target()) ? "—" : String.format(Locale.ROOT, "%s %s %s", f.atLeast() ? "≥" : "<",
                            number(f.target()), f.unit()), f.met() ? "" : "MISSED");
        }
        r.notes().forEach(line -> o.println("note: " + line));
        if (out != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("machine", r.machine());
            List<Map<String, Object>> figures = new ArrayList<>();
            for (Figure f : r.figures()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", f.name());
                m.put("dataset", f.dataset());
                m.put("value", f.value());
                m.put("unit", f.unit());
                m.put("target", Double.isNaN(f.target()) ? null : f.target());
                m.put("target_is_minimum", f.atLeast());
                m.put("met", f.met());
                figures.add(m);
            }
            json.put("figures", figures);
            json.put("notes", r.notes());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
            o.printf("wrote %s%n", out);
        }
        return 0;
    }

    /** A target as written: whole numbers without decimals, fractions (a ratio of 0.5) with them. */
    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }
}
