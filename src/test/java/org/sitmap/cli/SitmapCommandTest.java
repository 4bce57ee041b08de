package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitmapCommandTest {
    @TempDir
    Path home;

    @Test
    void version_printsTheVersion() {
        CliHarness.Run run = CliHarness.run(home, "--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Sitmap "), run.out());
    }

    @Test
    void help_withDb_listsSubcommands() {
        CliHarness.Run run = CliHarness.run(home, "--db", home.resolve("x.db").toString(), "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("validate") && run.out().contains("--db"), run.out());
    }

    @Test
    void info_withDb_createsThatDatabaseAndNotTheDefault() {
        Path db = home.resolve("elsewhere/custom.db");
        CliHarness.Run run = CliHarness.run(home, "--db", db.toString(), "info");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(db));
        assertTrue(!Files.exists(CliHarness.paths(home).database()));
        assertTrue(run.out().contains("localities:"), run.out());
    }

    @Test
    void info_withDbAfterTheCommand_usesThatDatabase() {
        Path db = home.resolve("after.db");
        CliHarness.Run run = CliHarness.run(home, "info", "--db", db.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(db));
        assertTrue(run.out().contains("database: " + db), run.out());
    }
}
