package org.sitmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.bench.ScaleDatasetGenerator;
import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/** The built-in part written in bulk (indexes built once at the end) reads back as it was written. */
class BulkWriteTest {
    @TempDir
    Path dir;

    private static final Set<String> ALL_INDEXES = new TreeSet<>(List.of("citation_source", "control_change_locality",
            "edit_history_row", "event_date", "imported_zone_layer", "proposed_change_status"));

    @Test
    void embeddedData_readsBackEqualToTheFiles() throws Exception {
        assertReadsBack(DataFiles.embedded(), dir.resolve("embedded.db"));
    }

    @Test
    void generatedScaleData_readsBackEqualToTheFiles() throws Exception {
        Path data = dir.resolve("scale");
        java.nio.file.Files.createDirectories(data);
        new ScaleDatasetGenerator().write(1, 7, data);
        assertReadsBack(DataFiles.fromDirectory(data), dir.resolve("scale.db"));
    }

    private static void assertReadsBack(DataFiles files, Path db) throws Exception {
        Dataset written = new DatasetReader().read(files).dataset();
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, files);
            assertSameData(written, store.load()); // what the first start shows: the dataset it just wrote
        }
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            assertSameData(written, store.load()); // read from the file
        }
        assertEquals(ALL_INDEXES, indexes(db), "the indexes dropped for the bulk write are back");
    }

    static void assertSameData(Dataset expected, Dataset actual) {
        assertEquals(expected.factions(), actual.factions());
        assertEquals(expected.localities(), actual.localities());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.changes(), actual.changes());
        assertEquals(expected.events(), actual.events());
        assertEquals(expected.successions(), actual.successions());
        assertEquals(expected.aliases(), actual.aliases());
    }

    @Test
    void loadAfterRebuild_showsUserRowsWrittenSince() throws Exception {
        Path db = dir.resolve("since.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            // Another copy of Sitmap adds a user row between the rebuild and the first read.
            try (SqliteSituationStore other = SqliteSituationStore.open(db)) {
                other.addUserData(new Dataset(List.of(), List.of(), List.of(new org.sitmap.domain.Source("U-S9",
                        "My notes", "Field report", "2024-12-01", "https://example.org/r", "en", "")), List.of(), List.of()));
            }
            assertTrue(store.load().source("U-S9").isPresent());
        }
    }

    @Test
    void loadAfterRebuildAndAnImport_readsTheImport() throws Exception {
        Path db = dir.resolve("import.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            try (UserRowsWriter w = store.beginUserWrite()) {
                w.putSource(new org.sitmap.domain.Source("u.s1", "My notes", "Field report", "2024-12-01",
                        "https://example.org/r", "en", ""));
                w.commit();
            }
            assertTrue(store.load().source("u.s1").isPresent());
        }
    }

    @Test
    void refusedRebuild_leavesIndexesAndRows() throws Exception {
        Path db = dir.resolve("refused.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            Dataset before = store.load();
            store.addUserData(new Dataset(List.of(), List.of(), List.of(), List.of(),
                    List.of(new org.sitmap.domain.Event("U-E1", before.events().get(0).when(),
                            org.sitmap.domain.EventType.OTHER, before.localities().get(0).id(), null, List.of(), "note",
                            "", null, org.sitmap.domain.Confidence.LOW, before.events().get(0).citations()))));
            // New built-in data without the locality and source the user's event needs: refused as a whole.
            Dataset without = new Dataset(before.factions(), List.of(), List.of(), List.of(), List.of());
            assertThrows(StoreException.class, () -> store.replaceBuiltin(without, "other"));
            Dataset after = store.load();
            assertEquals(before.events().size() + 1, after.events().size());
            assertEquals(before.localities(), after.localities());
        }
        assertEquals(ALL_INDEXES, indexes(db));
    }

    @Test
    void bulkWrite_restoresThePageCache() throws Exception {
        try (Connection c = SqliteConnections.open(dir.resolve("cache.db"), false)) {
            long before = pragma(c, "cache_size");
            c.setAutoCommit(false);
            try (BulkWrite bulk = new BulkWrite(c)) {
                assertEquals(-BulkWrite.CACHE_KIB, pragma(c, "cache_size"));
                bulk.finish();
            }
            c.commit();
            assertEquals(before, pragma(c, "cache_size"));
            try (BulkWrite bulk = new BulkWrite(c, false)) {
                assertEquals(-BulkWrite.IMPORT_CACHE_KIB, pragma(c, "cache_size"), "an import's own page cache");
                bulk.finish();
            }
            c.commit();
            assertEquals(before, pragma(c, "cache_size"));
        }
    }

    private static long pragma(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
        }
    }

    static Set<String> indexes(Path db) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = SqliteConnections.open(db, true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
