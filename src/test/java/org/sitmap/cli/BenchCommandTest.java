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

/** {@code bench --quick} at the smallest scale: every figure is measured and written (no timing is asserted). */
class BenchCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path dir;

    @Test
    void quickBench_printsAndWritesEveryFigure() throws Exception {
        Path json = dir.resolve("results.json");
        // No cold start: it would start a second JVM that logs into the user's own state directory.
        CliHarness.Run run = CliHarness.run(home, "bench", "--quick", "--scale", "1", "--no-cold-start", "--out", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("first zone snapshot"), run.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.get("machine").has("cores"));
        Set<String> names = new HashSet<>();
        root.get("figures").forEach(f -> names.add(f.get("name").asText() + " / " + f.get("dataset").asText()));
        for (String expected : new String[] {"first zone snapshot / shipped", "first zone snapshot / scale 1",
                "point details (hit-test) / scale 1", "tile render z12 median / -", "cached tile read median / -",
                "heap held by the loaded dataset + first snapshot / shipped"}) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
    }
}
