package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --quick} at the smallest scale, with a handful of scrub samples: every figure is measured and written,
 * the window's included (in child JVMs, under Monocle here), and the ACLED import against the sqlite3 shell when it is
 * installed. No timing is asserted.
 */
class BenchCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path dir;

    @Test
    void quickBench_printsAndWritesEveryFigure() throws Exception {
        Path json = dir.resolve("results.json");
        CliHarness.Run run = CliHarness.run(home, "bench", "--quick", "--scale", "1", "--scrub-samples", "3", "--out", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("first zone snapshot"), run.out());
        // The window's figures say how its JVM was started, since the options change them.
        assertTrue(run.out().contains("with the launchers' JVM options "
                + String.join(" ", org.sitmap.platform.LaunchOptions.JVM)), run.out());
        // The engine's figures say when this JVM lacks an option the app runs with (this test's JVM lacks some on Linux).
        java.util.List<String> missing = org.sitmap.bench.Benchmark.missingLaunchOptions();
        assertEquals(!missing.isEmpty(), run.out().contains("this JVM runs without the launchers' options "
                + String.join(" ", missing) + ","), run.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.get("machine").has("cores"));
        assertTrue(root.get("machine").has("JVM options"));
        Set<String> names = new HashSet<>();
        root.get("figures").forEach(f -> names.add(f.get("name").asText() + " / " + f.get("dataset").asText()));
        for (String expected : new String[] {"first zone snapshot / shipped", "first zone snapshot / scale 1",
                "point details (hit-test) / scale 1", "tile render z12 median / -", "cached tile read median / -",
                "heap held by the loaded dataset + first snapshot / shipped",
                "cold start to first frame with zones, first start (builds the store) / shipped",
                "cold start to first frame with zones, warm start / shipped",
                "cold start to first frame with zones, first start (builds the store) / scale 1",
                "scrub latency, 3 random instants: p95 / shipped", "scrub latency, drag in 3 steps: max / scale 1",
                "scrub, 3 random instants: the app's own work (listeners + pulse CSS/layout) p95 / shipped",
                "scrub latency, the last 3 random instants (the first tenth warms up): p95 / shipped",
                "heap held by the window after loading, precomputing every snapshot and the scrub / shipped",
                "heap held by the window after loading, precomputing every snapshot and the scrub / scale 1",
                "ACLED import (ImportService, fresh store) / scale 1",
                "heap used after the ACLED import, above before it / scale 1"}) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        // The work is part of each sample's latency, so no percentile of it can exceed the latency's.
        assertTrue(value(root, "scrub, 3 random instants: the app's own work (listeners + pulse CSS/layout) p95", "shipped")
                <= value(root, "scrub latency, 3 random instants: p95", "shipped"));
        // The warmed-up samples are some of the random ones: their p95 cannot exceed the slowest of all.
        assertTrue(value(root, "scrub latency, the last 3 random instants (the first tenth warms up): p95", "shipped")
                <= value(root, "scrub latency, 3 random instants: max", "shipped"));
        // The window holds at least the dataset and its zones that the engine alone holds.
        assertTrue(value(root, "heap held by the window after loading, precomputing every snapshot and the scrub", "shipped")
                > value(root, "heap held by the loaded dataset + first snapshot", "shipped"));
        boolean shell = names.contains("ACLED import rate ÷ sqlite3 .import rate / scale 1");
        boolean told = run.out().contains("sqlite3 not found, ratio not measured");
        assertTrue(shell != told, "either the ratio or why it is missing: " + run.out());
    }

    private static double value(JsonNode root, String name, String dataset) {
        for (JsonNode f : root.get("figures")) {
            if (f.get("name").asText().equals(name) && f.get("dataset").asText().equals(dataset)) return f.get("value").asDouble();
        }
        throw new AssertionError("no figure " + name + " / " + dataset);
    }
}
