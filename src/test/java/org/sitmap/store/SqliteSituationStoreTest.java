package org.sitmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.io.DataFiles;

class SqliteSituationStoreTest {
    @TempDir
    Path dir;

    private static Dataset userRows() {
        Source s = new Source("U-S1", "My notes", "Field report", "2024-12-01", "https://example.org/report", "en", "");
        Event e = new Event("U-E1", ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), EventType.OTHER, "gn170063", null,
                List.of("HTS"), "User note in Aleppo", "", null, Confidence.LOW, List.of(new Citation("U-S1", "")));
        return new Dataset(List.of(), List.of(), List.of(s), List.of(), List.of(e));
    }

    @Test
    void freshDatabase_isCreatedAtCurrentSchemaAndFilledFromEmbeddedData() throws Exception {
        try (SqliteSituationStore store = SqliteSituationStore.open(dir.resolve("new.db"))) {
            assertEquals(Sql.MIGRATIONS.size(), store.schemaVersion());
            var outcome = new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            assertTrue(outcome.rebuilt());
            Dataset d = store.load();
            assertFalse(d.localities().isEmpty());
            assertFalse(d.events().isEmpty());
            assertTrue(d.events().get(0).citations().size() >= 1, "events keep their citations");
            assertEquals(DataFiles.embedded().contentHash(), store.builtinHash().orElseThrow());
        }
    }

    @Test
    void loadWithoutEvents_givesEverythingButTheEvents_whenTheyLieWithinThePeriod() throws Exception {
        Path db = dir.resolve("first.db");
        Dataset shipped = new org.sitmap.io.DatasetReader().read(DataFiles.embedded()).dataset();
        var changesOnly = new Dataset(shipped.factions(), shipped.localities(), shipped.sources(), shipped.changes(),
                List.of(), shipped.successions(), shipped.aliases()).period().orElseThrow();
        List<Event> within = shipped.events().stream()
                .filter(e -> !e.when().date().isBefore(changesOnly.first()) && !e.when().date().isAfter(changesOnly.last())).toList();
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            store.replaceBuiltin(new Dataset(shipped.factions(), shipped.localities(), shipped.sources(), shipped.changes(),
                    within, shipped.successions(), shipped.aliases()), "within");
            assertTrue(store.loadWithoutEvents().orElseThrow().events().isEmpty(), "the data just written, without events");
        }
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            Dataset rest = store.loadWithoutEvents().orElseThrow();
            Dataset all = store.load();
            assertTrue(rest.events().isEmpty());
            assertEquals(within.size(), all.events().size());
            assertEquals(all.localities(), rest.localities());
            assertEquals(all.changes(), rest.changes());
            assertEquals(all.period(), rest.period());
        }
    }

    @Test
    void loadWithoutEvents_isEmpty_whenAnEventLiesAfterTheOtherRows() throws Exception {
        try (SqliteSituationStore store = SqliteSituationStore.open(dir.resolve("late.db"))) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            LocalDate after = store.load().period().orElseThrow().last().plusDays(3);
            Source s = new Source("U-S1", "My notes", "Field report", "2024-12-01", "https://example.org/report", "en", "");
            Event late = new Event("U-E9", ReportedTime.ofDay(after), EventType.OTHER, "gn170063", null,
                    List.of("HTS"), "A later note", "", null, Confidence.LOW, List.of(new Citation("U-S1", "")));
            store.addUserData(new Dataset(List.of(), List.of(), List.of(s), List.of(), List.of(late)));

            assertTrue(store.loadWithoutEvents().isEmpty());
            assertEquals(after, store.load().period().orElseThrow().last());
        }
    }

    @Test
    void secondStart_withUnchangedData_doesNotRebuild() throws Exception {
        Path db = dir.resolve("again.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
        }
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            assertFalse(new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded()).rebuilt());
        }
    }

    @Test
    void migration_fromVersionOne_keepsRowsAndReachesCurrentVersion() throws Exception {
        Path db = dir.resolve("old.db");
        try (SqliteSituationStore v1 = SqliteSituationStore.open(db, 1)) {
            assertEquals(1, v1.schemaVersion());
            // Version 1 knows no faction validity: keep to rows it can hold.
            v1.addUserData(new Dataset(List.of(), List.of(), userRows().sources(), List.of(), List.of()));
        }
        try (SqliteSituationStore current = SqliteSituationStore.open(db)) {
            assertEquals(Sql.MIGRATIONS.size(), current.schemaVersion());
            new BuiltinDataLoader().ensureCurrent(current, DataFiles.embedded());
            current.addUserData(new Dataset(List.of(), List.of(), List.of(), List.of(), userRows().events()));
            Dataset d = current.load();
            assertTrue(d.sources().stream().anyMatch(s -> s.id().equals("U-S1")), "the row written before the migration");
            assertTrue(d.events().stream().anyMatch(e -> e.id().equals("U-E1")));
        }
    }

    @Test
    void builtinData_keepsFactionPeriodsSuccessionsAndAliases() throws Exception {
        try (SqliteSituationStore store = SqliteSituationStore.open(dir.resolve("succ.db"))) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            Dataset d = store.load();
            assertEquals(LocalDate.of(2024, 12, 8), d.faction("GOV").orElseThrow().validUntil());
            assertEquals(LocalDate.of(2025, 1, 29), d.faction("SGOV").orElseThrow().validFrom());
            var hts = d.successions().stream().filter(s -> s.from().equals("HTS")).findFirst().orElseThrow();
            assertEquals("SGOV", hts.to());
            assertFalse(hts.citations().isEmpty(), "a succession keeps its sources");
            assertTrue(d.aliases("gn163476").contains("Tel Rifaat"));
        }
    }

    @Test
    void rebuildOnDataChange_keepsUserRows(@TempDir Path dataDir) throws Exception {
        Path db = dir.resolve("rebuild.db");
        copyEmbedded(dataDir);
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.fromDirectory(dataDir));
            store.addUserData(userRows());
            int builtinEvents = store.load().events().size() - 1;

            Files.writeString(dataDir.resolve(DataFiles.EVENTS), Files.readString(dataDir.resolve(DataFiles.EVENTS))
                    .lines().limit(Math.max(0, builtinEvents - 1)).reduce("", (a, b) -> a + b + "\n"));
            var outcome = new BuiltinDataLoader().ensureCurrent(store, DataFiles.fromDirectory(dataDir));

            assertTrue(outcome.rebuilt());
            Dataset after = store.load();
            assertTrue(after.events().stream().anyMatch(e -> e.id().equals("U-E1")), "user event survives");
            assertEquals(builtinEvents - 1 + 1, after.events().size());
        }
    }

    @Test
    void failedRebuild_leavesPreviousDataIntact(@TempDir Path dataDir) throws Exception {
        Path db = dir.resolve("atomic.db");
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            store.addUserData(userRows());
            String hash = store.builtinHash().orElseThrow();
            int localities = store.load().localities().size();
            // New built-in data without the locality the user's event points at: the commit must fail as a whole.
            Dataset without = new Dataset(store.load().factions(), List.of(), List.of(), List.of(), List.of());
            assertThrows(StoreException.class, () -> store.replaceBuiltin(without, "other"));
            assertEquals(hash, store.builtinHash().orElseThrow());
            assertEquals(localities, store.load().localities().size());
        }
    }

    private static void copyEmbedded(Path target) throws Exception {
        DataFiles embedded = DataFiles.embedded();
        for (String name : DataFiles.NAMES) {
            try (var in = embedded.open(name).orElseThrow()) {
                Files.write(target.resolve(name), in.readAllBytes());
            }
        }
    }

    @Test
    void migrationToInlineCitations_keepsEveryEventsCitationsInOrder() throws Exception {
        Path db = dir.resolve("before-inline.db");
        int before = Sql.MIGRATIONS.indexOf(Sql.INLINE_CITATION_MIGRATION);
        try (SqliteSituationStore old = SqliteSituationStore.open(db, before)) {
            assertEquals(before, old.schemaVersion());
        }
        writeRowsBeforeInlineCitations(db);  // both citations in the citation table
        try (SqliteSituationStore current = SqliteSituationStore.open(db)) {
            assertEquals(Sql.MIGRATIONS.size(), current.schemaVersion());
            Event e = current.load().events().stream().filter(x -> x.id().equals("u.e1")).findFirst().orElseThrow();
            assertEquals(List.of(new Citation("u.s1", "first"), new Citation("u.s2", "second")), e.citations());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement();
             var rs = s.executeQuery("SELECT (SELECT cite_source FROM event WHERE id = 'u.e1'),"
                     + " (SELECT group_concat(position) FROM citation WHERE owner_id = 'u.e1')")) {
            assertEquals("u.s1", rs.getString(1), "the first citation is in the event's row");
            assertEquals("1", rs.getString(2), "only the second stays in the citation table");
        }
    }

    /** Rows recovered from a damaged file older than version 7 keep their first citation in the citation table. */
    @Test
    void eventRecoveredFromAFileBeforeInlineCitations_keepsItsCitationsInOrder() throws Exception {
        Path old = dir.resolve("old.db");
        try (SqliteSituationStore v6 = SqliteSituationStore.open(old, Sql.MIGRATIONS.indexOf(Sql.INLINE_CITATION_MIGRATION))) {
            assertEquals(Sql.MIGRATIONS.size() - 1, v6.schemaVersion());
        }
        writeRowsBeforeInlineCitations(old);
        Path fresh = dir.resolve("fresh.db");
        try (SqliteSituationStore current = SqliteSituationStore.open(fresh)) {
            new BuiltinDataLoader().ensureCurrent(current, DataFiles.embedded());
        }
        try (var target = SqliteConnections.open(fresh, false)) {
            assertTrue(DamagedDatabase.recoverUserRows(old, target).total() >= 4, "two sources, the event, two citations");
        }
        try (SqliteSituationStore current = SqliteSituationStore.open(fresh)) {
            Event e = current.load().events().stream().filter(x -> x.id().equals("u.e1")).findFirst().orElseThrow();
            assertEquals(List.of(new Citation("u.s1", "first"), new Citation("u.s2", "second")), e.citations());
        }
    }

    /** Two user sources, an event and its two citations, as the schema before version 7 held them. */
    private static void writeRowsBeforeInlineCitations(Path db) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("INSERT INTO source(id, origin, outlet, title, published, url, language, seen_on) VALUES"
                    + " ('u.s1', 'user', 'A', '', '2024-12-01', 'https://example.org/a', 'en', ''),"
                    + " ('u.s2', 'user', 'B', '', '2024-12-02', 'https://example.org/b', 'en', '')");
            s.execute("INSERT INTO event(id, origin, date, time, precision, type, locality_id, lat, lon, actors, title,"
                    + " summary, fatalities, confidence) VALUES ('u.e1', 'user', '2024-12-01', NULL, 'DAY', 'OTHER', NULL,"
                    + " 36.2, 37.1, 'HTS', 'Note', '', NULL, 'LOW')");
            s.execute("INSERT INTO citation(owner_kind, owner_id, position, origin, source_id, excerpt) VALUES"
                    + " ('event', 'u.e1', 0, 'user', 'u.s1', 'first'), ('event', 'u.e1', 1, 'user', 'u.s2', 'second')");
        }
    }

    @Test
    void userEventPutAgain_replacesAllItsCitations() throws Exception {
        try (SqliteSituationStore store = SqliteSituationStore.open(dir.resolve("put.db"))) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            List<Citation> three = List.of(new Citation("u.s1", "a"), new Citation("u.s1", "b"), new Citation("u.s1", "c"));
            for (List<Citation> cites : List.of(three, List.of(new Citation("u.s1", "only")), three.subList(1, 3))) {
                try (UserRowsWriter w = store.beginUserWrite()) {
                    w.putSource(new Source("u.s1", "My notes", "Field report", "2024-12-01", "https://example.org/r", "en", ""));
                    w.putEvent(new Event("u.e1", ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), EventType.OTHER, null,
                            new org.sitmap.domain.GeoPoint(36.2, 37.1), List.of("HTS"), "Note", "", null, Confidence.LOW, cites));
                    w.commit();
                }
                Event e = store.load().events().stream().filter(x -> x.id().equals("u.e1")).findFirst().orElseThrow();
                assertEquals(cites, e.citations());
            }
        }
    }
}
