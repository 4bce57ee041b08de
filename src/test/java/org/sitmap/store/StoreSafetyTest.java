package org.sitmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.io.DataFiles;

class StoreSafetyTest {
    @TempDir
    Path dir;

    static Dataset userRows(String suffix) {
        Source s = new Source("u.S." + suffix, "My notes", "Field report", "2024-12-01", "https://example.org/r/" + suffix, "en", "");
        Event e = new Event("u.E." + suffix, ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), EventType.OTHER, null, new GeoPoint(36.2, 37.16),
                List.of("HTS"), "User note " + suffix, "", null, Confidence.LOW, List.of(new Citation("u.S." + suffix, "")));
        return new Dataset(List.of(), List.of(), List.of(s), List.of(), List.of(e));
    }

    private static long userEvents(SituationStore store) throws StoreException {
        return store.load().events().stream().filter(e -> e.id().startsWith("u.")).count();
    }

    @Test
    void threeFirstStartsAtOnce_allSucceed_twentyTimesOver() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 20; round++) {
                Path db = dir.resolve("race-" + round + ".db");
                boolean fill = round % 5 == 0; // filling is slow: every fifth round races the built-in load too
                List<Future<Integer>> starts = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    starts.add(pool.submit((Callable<Integer>) () -> {
                        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
                            if (fill) new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
                            return store.load().localities().size();
                        }
                    }));
                }
                int expected = starts.get(0).get();
                for (Future<Integer> f : starts) assertEquals(expected, f.get(), "round " + round);
                if (fill) assertTrue(expected > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pathWithQuestionMarkAndHash_isTakenAsAFileName() throws Exception {
        Path db = dir.resolve("we?journal_mode=DELETE&foo=1 #x%20.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            store.addUserData(userRows("1"));
        }
        assertTrue(Files.isRegularFile(db), "the database has exactly the name given");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("we")), "no option was cut off the name");
        }
    }

    @Test
    void garbageFile_isKeptAsideAndReplaced_withANotice() throws Exception {
        Path db = dir.resolve("garbage.db");
        byte[] garbage = "this is not a database, just text that happens to be long enough".repeat(80).getBytes();
        Files.write(db, garbage);
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            assertFalse(store.load().localities().isEmpty(), "the built-in data is rebuilt");
            StoreNotice notice = store.notices().get(0);
            assertEquals(StoreNotice.Kind.RECOVERED, notice.kind());
            assertTrue(notice.message().contains("garbage.db.damaged-"), notice.message());
        }
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("garbage.db.damaged-")).findFirst().orElseThrow();
            assertEquals(List.of(new String(garbage)), List.of(Files.readString(aside)), "the damaged file is kept byte for byte");
        }
    }

    @Test
    void damagedIndex_userRowsAreRecovered() throws Exception {
        Path db = dir.resolve("hurt.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            store.addUserData(userRows("1"));
            store.addUserData(userRows("2"));
        }
        int pageSize;
        int indexPage;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE"); // folds the WAL into the file, so the page offsets below are real
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) { rs.next(); pageSize = rs.getInt(1); }
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'event_date'")) {
                rs.next();
                indexPage = rs.getInt(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (indexPage - 1) * pageSize);
            f.write(new byte[] {(byte) 0x0D, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
        }
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            assertEquals(StoreNotice.Kind.RECOVERED, store.notices().get(0).kind(), store.notices().toString());
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            assertEquals(2, userEvents(store), "both user events recovered");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                assertEquals("ok", SqliteConnections.quickCheck(c));
            }
        }
    }

    @Test
    void databaseFromANewerSitmap_isRefused_andLeftUnchanged() throws Exception {
        Path db = dir.resolve("future.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            store.addUserData(userRows("1"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> SqliteSituationStore.open(db));
        assertTrue(e.getMessage().contains("newer Sitmap"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "not migrated downwards");
    }

    @Test
    void readOnlyFolder_opensReadOnly_withANotice() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path db = folder.resolve("ro.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            store.addUserData(userRows("1"));
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(db), "running as a user who can write anyway");
            try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
                assertTrue(store.readOnly());
                assertEquals(StoreNotice.Kind.READ_ONLY, store.notices().get(0).kind());
                assertEquals(1, userEvents(store));
                assertThrows(StoreException.class, () -> store.addUserData(userRows("2")));
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void secondCopyOnTheSameDatabase_isToldAndBothWritesLand() throws Exception {
        Path db = dir.resolve("shared.db");
        try (SqliteSituationStore first = SqliteSituationStore.open(db)) {
            assertTrue(first.notices().isEmpty(), first.notices().toString());
            try (SqliteSituationStore second = SqliteSituationStore.open(db)) {
                assertEquals(StoreNotice.Kind.OPEN_ELSEWHERE, second.notices().get(0).kind());
                first.addUserData(userRows("1"));
                second.addUserData(userRows("2"));
                assertEquals(2, userEvents(first));
                assertEquals(2, userEvents(second));
            }
        }
    }
}
