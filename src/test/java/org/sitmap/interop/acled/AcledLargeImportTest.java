package org.sitmap.interop.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.bench.AcledCsvGenerator;
import org.sitmap.domain.Event;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.ImportService;
import org.sitmap.interop.StoreFixture;
import org.sitmap.store.SituationStore;

/**
 * An export of thousands of rows, read ahead on a thread of its own while the rows are stored: all rows arrive in
 * order, a cancel in the middle stores nothing and stops the reading thread, and the store's indexes are as before.
 */
class AcledLargeImportTest {
    @TempDir
    Path dir;

    private Path export() throws Exception {
        Path csv = dir.resolve("acled.csv");
        new AcledCsvGenerator().write(1, 3, csv);
        return csv;
    }

    @Test
    void everyRowIsStored_onceAndInOrder() throws Exception {
        Path csv = export();
        try (SituationStore store = StoreFixture.open(dir)) {
            ImportReport report = new ImportService(store).run(new AcledImporter(AcledActorMap.defaults()), csv,
                    StoreFixture.progress(-1));
            assertEquals(AcledCsvGenerator.ROWS, report.addedCount());
            List<Event> imported = store.load().events().stream().filter(e -> e.id().startsWith("u.acled.")).toList();
            assertEquals(AcledCsvGenerator.ROWS, imported.size());
            assertEquals(AcledCsvGenerator.ROWS, imported.stream().map(Event::id).distinct().count());
            assertTrue(imported.stream().allMatch(e -> e.citations().size() == 1
                    && e.citations().get(0).excerpt().startsWith("ACLED " + e.id().substring("u.acled.".length()) + " ")),
                    "each event cites its own row");
        }
        assertEquals(indexesOfAFreshStore(), indexes(dir.resolve("sitmap.db")));
    }

    @Test
    void cancelInTheMiddle_storesNothingAndStopsTheReader() throws Exception {
        Path csv = export();
        try (SituationStore store = StoreFixture.open(dir)) {
            List<Object> before = StoreFixture.contents(store);
            // Cancelled at the first progress report, at row 1,000 of 2,000: the reading thread is well ahead by then.
            assertThrows(CancellationException.class, () -> new ImportService(store)
                    .run(new AcledImporter(AcledActorMap.defaults()), csv, StoreFixture.progress(1)));
            assertEquals(before, StoreFixture.contents(store));
            assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("ACLED reader")),
                    "the reading thread has ended");
        }
        assertEquals(indexesOfAFreshStore(), indexes(dir.resolve("sitmap.db")));
    }

    private Set<String> indexesOfAFreshStore() throws Exception {
        Path fresh = dir.resolve("fresh");
        java.nio.file.Files.createDirectories(fresh);
        StoreFixture.open(fresh).close();
        return indexes(fresh.resolve("sitmap.db"));
    }

    private static Set<String> indexes(Path db) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
