package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.interop.StoreFixture;

class ImportCommandTest {
    @TempDir
    Path home;

    @Test
    void importAcled_thenAcceptAProposal() throws Exception {
        Path file = StoreFixture.resource("acled-current.csv", home);
        Path report = home.resolve("report.txt");

        CliHarness.Run run = CliHarness.run(home, "import", "acled", file.toString(), "--report", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("acled-current.csv: 5 added, 0 updated, 1 skipped, 2 proposed control changes"), run.out());
        assertTrue(Files.readString(report).contains("Some Unlisted Brigade (1)"));

        CliHarness.Run list = CliHarness.run(home, "proposals");
        assertTrue(list.out().contains("u.acled.SYRT0003") && list.out().contains("pending"), list.out());

        CliHarness.Run accept = CliHarness.run(home, "proposals", "accept", "u.acled.SYRT0003");
        assertEquals(0, accept.exitCode(), accept.err());
        CliHarness.Run at = CliHarness.run(home, "control-at", "--date", "2024-11-29", "36.47229", "37.09471");
        assertTrue(at.out().contains("SNA"), at.out());
    }

    @Test
    void badFile_exitsNonZeroWithFileAndLine() throws Exception {
        Path file = home.resolve("bad.csv");
        Files.writeString(file, Files.readString(StoreFixture.resource("acled-current.csv", home)).replace("2024-11-29", "2024-13-29"),
                StandardCharsets.UTF_8);

        CliHarness.Run run = CliHarness.run(home, "import", "acled", file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bad.csv:4: event_date '2024-13-29' is not a date"), run.err());
        assertTrue(CliHarness.run(home, "proposals").out().isBlank(), "nothing stored");
    }
}
