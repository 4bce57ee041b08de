package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/** {@code generate}: a synthetic dataset that {@code validate} accepts, the same for the same seed. */
class GenerateCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path a;
    @TempDir
    Path b;

    @Test
    void generatedDataset_passesValidate() {
        assertEquals(0, CliHarness.run(home, "generate", "--scale", "2", "--seed", "3", "--out", a.toString()).exitCode());
        CliHarness.Run run = CliHarness.run(home, "validate", a.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void sameSeed_givesIdenticalFiles_andAnotherSeedDoesNot() throws Exception {
        CliHarness.run(home, "generate", "--scale", "1", "--seed", "5", "--out", a.toString());
        CliHarness.run(home, "generate", "--scale", "1", "--seed", "5", "--out", b.resolve("same").toString());
        for (String name : new String[] {DataFiles.LOCALITIES, DataFiles.SOURCES, DataFiles.CONTROL, DataFiles.EVENTS}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve("same").resolve(name)), name);
        }
        CliHarness.run(home, "generate", "--scale", "1", "--seed", "6", "--out", b.resolve("other").toString());
        assertTrue(!Files.readString(a.resolve(DataFiles.CONTROL)).equals(Files.readString(b.resolve("other").resolve(DataFiles.CONTROL))));
    }

    @Test
    void scale_setsTheCounts_andChangesSpreadOverTheYear() throws Exception {
        CliHarness.run(home, "generate", "--scale", "2", "--seed", "1", "--out", a.toString());
        Dataset d = new DatasetReader().read(DataFiles.fromDirectory(a)).dataset();
        assertEquals(100, d.localities().size());
        assertEquals(400, d.changes().size());
        assertEquals(4_000, d.events().size());
        Set<java.time.LocalDate> days = new HashSet<>();
        for (ControlChange c : d.changes()) if (c.kind() != ChangeKind.STATUS_QUO) days.add(c.when().date());
        assertTrue(days.size() > 200, "changes on " + days.size() + " days");
    }
}
