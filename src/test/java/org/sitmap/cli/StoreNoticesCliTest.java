package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.store.SqliteSituationStore;

/** What the store tells the user on opening reaches the terminal: one line on stderr each, never a stack trace. */
class StoreNoticesCliTest {
    @TempDir
    Path home;

    @Test
    void damagedDatabase_commandStillRuns_andStderrNamesTheCopyKeptAside() throws Exception {
        Path db = home.resolve("hurt.db");
        Files.writeString(db, "this is not a database, just text that happens to be long enough".repeat(80));

        CliHarness.Run run = CliHarness.run(home, "--db", db.toString(), "info");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("localities:"), run.out());
        String aside;
        try (var files = Files.list(home)) {
            aside = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("hurt.db.damaged-"))
                    .findFirst().orElseThrow();
        }
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("note: The database ") && lines.get(0).contains(aside), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void databaseOpenInAnotherSitmap_saysSoInOneLine() throws Exception {
        Path db = home.resolve("shared.db");
        assertEquals(0, CliHarness.run(home, "--db", db.toString(), "info").exitCode());
        try (SqliteSituationStore other = SqliteSituationStore.open(db)) {
            CliHarness.Run run = CliHarness.run(home, "--db", db.toString(), "info");

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(List.of("note: The database " + db + " is also open in another Sitmap. Both can save safely;"
                    + " each sees the other's changes only after reopening."), run.err().lines().toList());
        }
    }

    @Test
    void healthyDatabase_printsNothingOnStderr() {
        CliHarness.Run run = CliHarness.run(home, "--db", home.resolve("fine.db").toString(), "info");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }
}
