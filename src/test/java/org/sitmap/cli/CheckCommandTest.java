package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitmap check} on a sound and on a damaged database. */
class CheckCommandTest {
    @TempDir
    Path home;

    @Test
    void soundDatabase_isReportedOk_exitZero() {
        Path db = home.resolve("ok.db");
        assertEquals(0, CliHarness.run(home, "--db", db.toString(), "info").exitCode());
        CliHarness.Run r = CliHarness.run(home, "--db", db.toString(), "check");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("integrity: ok") && r.out().contains("builtin"), r.out());
    }

    @Test
    void damagedDatabase_isReported_exitOne_andLeftAsItWas() throws Exception {
        Path db = home.resolve("bad.db");
        assertEquals(0, CliHarness.run(home, "--db", db.toString(), "info").exitCode());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(new byte[4096]); // zero a page in the middle of the tables
        }
        byte[] before = Files.readAllBytes(db);
        CliHarness.Run r = CliHarness.run(home, "--db", db.toString(), "check");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("damaged"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "check changes nothing");
    }
}
