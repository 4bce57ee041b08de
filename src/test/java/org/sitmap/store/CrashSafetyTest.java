package org.sitmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/**
 * Kills a writing child JVM with SIGKILL at random moments, 20 times, and checks after each kill that the file
 * is sound and holds every write whole or not at all: each user batch has all its rows or none, and the
 * built-in part is one complete copy of the shipped data.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedWriter_leavesEveryWriteWholeOrAbsent() throws Exception {
        Path db = dir.resolve("crash.db");
        int builtinEvents = new DatasetReader().read(DataFiles.embedded()).dataset().events().size();
        Random random = new Random(42);
        int kills = 0;
        for (int session = 0; session < 20; session++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), db.toString(),
                    String.valueOf(session)).redirectErrorStream(true).redirectOutput(dir.resolve("child-" + session + ".log").toFile())
                    .start();
            Path log = dir.resolve("child-" + session + ".log");
            // The first session may die while creating the schema; the others are killed while writing.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (session > 0 && child.isAlive() && System.nanoTime() < deadline
                    && !(java.nio.file.Files.exists(log) && java.nio.file.Files.readString(log).contains("open"))) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(session == 0 ? 2500 : 2000));
            if (child.isAlive()) kills++;
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            check(db, builtinEvents, session);
        }
        assertTrue(kills >= 18, "the writer was killed mid-way in most sessions (" + kills + ")");
    }

    private static void check(Path db, int builtinEvents, int session) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), "integrity after kill " + session);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                rs.next();
                int version = rs.getInt(1);
                if (version == 0) {
                    try (ResultSet t = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                        t.next();
                        assertEquals(0, t.getInt(1), "a schema never half-created");
                    }
                    return;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM event WHERE origin = 'builtin'")) {
                rs.next();
                int n = rs.getInt(1);
                assertTrue(n == 0 || n == builtinEvents, "built-in part whole after kill " + session + ": " + n);
            }
            Map<String, Integer> perBatch = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT title, count(*) FROM event WHERE origin = 'user' AND id LIKE 'u.E.%' GROUP BY title")) {
                while (rs.next()) perBatch.put(rs.getString(1), rs.getInt(2));
            }
            perBatch.forEach((batch, n) -> assertEquals(CrashWriter.BATCH, n, batch + " after kill " + session));
            try (ResultSet rs = s.executeQuery("SELECT summary, count(*) FROM event WHERE id LIKE 'u.acled.K%' GROUP BY summary")) {
                while (rs.next()) {
                    assertEquals(CrashWriter.IMPORT_ROWS, rs.getInt(2), "import '" + rs.getString(1) + "' whole after kill " + session);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM citation c LEFT JOIN source s ON s.id = c.source_id WHERE s.id IS NULL")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no citation lost its source");
            }
        }
    }
}
