package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.DataFiles;

/** {@code validate} on the shipped data and on copies with planted errors. */
class ValidateCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path data;

    @BeforeEach
    void copyShippedData() throws Exception {
        for (String name : DataFiles.NAMES) {
            if (Files.exists(Path.of("data", name))) Files.copy(Path.of("data", name), data.resolve(name));
        }
    }

    @Test
    void shippedData_passes() {
        CliHarness.Run run = CliHarness.run(home, "validate", "data");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("localities:"), run.out());
        assertTrue(run.out().contains("OK"), run.out());
    }

    @Test
    void sourcingOption_printsTheShares() {
        CliHarness.Run run = CliHarness.run(home, "validate", "--sourcing", "data");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("== sourcing report =="), run.out());
        assertTrue(run.out().matches("(?s).*place named: \\d+ of \\d+ used changes after the status quo \\(\\d+\\.\\d %.*"), run.out());
    }

    @Test
    void embeddedData_passes() {
        CliHarness.Run run = CliHarness.run(home, "validate");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void eventWithoutSource_failsNamingFileAndLine() throws Exception {
        int line = plant(DataFiles.EVENTS, s -> s.replaceFirst("\"citations\":\\s*\\[.*]", "\"citations\": []"));
        CliHarness.Run run = CliHarness.run(home, "validate", data.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("events.jsonl:" + line + ":"), run.err());
        assertTrue(run.err().contains("has no source"), run.err());
    }

    @Test
    void danglingLocality_failsNamingFileAndLine() throws Exception {
        int line = plant(DataFiles.CONTROL, s -> s.replaceFirst("\"locality\":\\s*\"[^\"]+\"", "\"locality\": \"x-nowhere\""));
        CliHarness.Run run = CliHarness.run(home, "validate", data.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("control.jsonl:" + line + ": ") && run.err().contains("x-nowhere"), run.err());
    }

    @Test
    void badDate_failsNamingFileAndLine() throws Exception {
        int line = plant(DataFiles.EVENTS, s -> s.replaceFirst("\"date\":\\s*\"[^\"]+\"", "\"date\": \"2024-13-45\""));
        CliHarness.Run run = CliHarness.run(home, "validate", data.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("events.jsonl:" + line + ": bad date"), run.err());
    }

    @Test
    void localityOutsideSyria_failsNamingFileAndLine() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve(DataFiles.LOCALITIES)));
        lines.add("x-paris,Paris,باريس,city,Elsewhere,48.85,2.35,approximate,test,1,,");
        Files.write(data.resolve(DataFiles.LOCALITIES), lines);
        CliHarness.Run run = CliHarness.run(home, "validate", data.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("localities.csv:" + lines.size() + ": locality x-paris"), run.err());
    }

    @Test
    void missingDirectory_isAClearError() {
        CliHarness.Run run = CliHarness.run(home, "validate", data.resolve("nope").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is not a directory"), run.err());
    }

    /** Applies {@code edit} to the last line of a JSON Lines file; returns that 1-based line number. */
    private int plant(String file, java.util.function.UnaryOperator<String> edit) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve(file)));
        int i = lines.size() - 1;
        String edited = edit.apply(lines.get(i));
        assertTrue(!edited.equals(lines.get(i)), "the planted error must change the line");
        lines.set(i, edited);
        Files.write(data.resolve(file), lines);
        return i + 1;
    }
}
