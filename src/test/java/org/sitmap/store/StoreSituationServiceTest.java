package org.sitmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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

class StoreSituationServiceTest {
    @TempDir
    Path dir;

    private SituationService sqliteAt(Path db) {
        return new StoreSituationService(() -> SqliteSituationStore.open(db), DataFiles::embedded);
    }

    @Test
    void open_fillsANewStoreOnce_thenFindsItCurrent() throws Exception {
        SituationService situation = sqliteAt(dir.resolve("s.db"));
        try (SituationService.Opened first = situation.open()) {
            assertTrue(first.builtin().rebuilt());
        }
        try (SituationService.Opened second = situation.open()) {
            assertFalse(second.builtin().rebuilt());
            assertEquals(DataFiles.embedded().contentHash(), second.builtin().hash());
        }
    }

    /** The shipped data with only the events that lie within the control changes' period, as a data folder. */
    private Path shippedWithEventsInsideItsPeriod() throws Exception {
        return ShippedVariants.withEventsInsideItsPeriod(dir);
    }

    @Test
    void openForWindow_onANewStore_handsOverTheDataButItsEvents_thenAll_thenWritesExactlyThat() throws Exception {
        Path db = dir.resolve("s.db");
        Path data = shippedWithEventsInsideItsPeriod();
        SituationService situation = ShippedVariants.situation(db, data);
        SituationService.Opening opening = situation.openForWindow();
        assertNull(opening.opened());
        SituationService.PendingStore pending = opening.pending();
        // First what the first frame needs, without the events; then everything.
        Dataset first = pending.readWithoutEvents().orElseThrow().dataset();
        Dataset shown = pending.read().dataset();
        assertTrue(first.events().isEmpty());
        assertFalse(shown.events().isEmpty());
        assertEquals(shown.localities(), first.localities());
        assertEquals(shown.changes(), first.changes());
        assertEquals(shown.sources(), first.sources());
        assertEquals(shown.period(), first.period(), "the window opens on the same day either way");
        assertNull(pending.readWithoutEvents().orElseThrow().builtinHash(), "the hash covers the events: known with them only");
        assertEquals(DataFiles.fromDirectory(data).contentHash(), pending.read().builtinHash());
        try (SituationStore raw = SqliteSituationStore.open(db)) {
            assertTrue(raw.builtinHash().isEmpty(), "nothing is written before build()");
        }
        try (SituationService.Opened built = pending.build()) {
            assertTrue(built.builtin().rebuilt());
            assertEquals(shown, built.store().load(), "the store holds what the window showed");
        }
        try (SituationService.Opened again = situation.open()) {
            assertFalse(again.builtin().rebuilt());
        }
    }

    @Test
    void openForWindow_onANewStore_withEventsAfterTheLastChange_handsOverEverythingAtOnce() throws Exception {
        SituationService.PendingStore pending = sqliteAt(dir.resolve("s.db")).openForWindow().pending();
        Dataset all = pending.read().dataset();
        Dataset rest = new org.sitmap.io.DatasetReader().readWithoutEvents(DataFiles.embedded()).dataset();
        assertTrue(all.period().orElseThrow().last().isAfter(rest.period().orElseThrow().last()),
                "the shipped reports run on after the last control change");
        assertTrue(pending.readWithoutEvents().isEmpty(), "without its events the window would open on another day");
        assertEquals(DataFiles.embedded().contentHash(), pending.read().builtinHash());
        pending.build().close();
    }

    @Test
    void whileAStoreIsPending_everyOtherOpeningWaitsForIt() throws Exception {
        SituationService situation = sqliteAt(dir.resolve("s.db"));
        SituationService.PendingStore pending = situation.openForWindow().pending();
        var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var other = executor.submit(() -> {
                try (SituationService.Opened opened = situation.open()) {
                    return opened.builtin().rebuilt();
                }
            });
            Thread.sleep(300);
            assertFalse(other.isDone(), "an opening during the first build waits for it");
            pending.build().close();
            assertFalse(other.get(10, java.util.concurrent.TimeUnit.SECONDS), "and then finds the store built");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void anAbandonedStore_staysEmpty_andTheNextOpeningBuildsIt() throws Exception {
        SituationService situation = sqliteAt(dir.resolve("s.db"));
        situation.openForWindow().pending().abandon();
        try (SituationService.Opened opened = situation.open()) {
            assertTrue(opened.builtin().rebuilt());
        }
        SituationService.Opening warm = situation.openForWindow();
        assertNull(warm.pending(), "a built store opens as open() does");
        warm.opened().close();
    }

    @Test
    void load_returnsBuiltinAndUserRowsTogether() throws Exception {
        SituationService situation = sqliteAt(dir.resolve("s.db"));
        Source s = new Source("u.S.1", "My notes", "Field report", "2024-12-01", "https://example.org/report", "en", "");
        Event e = new Event("u.E.1", ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), EventType.OTHER, "gn170063", null,
                List.of("HTS"), "User note in Aleppo", "", null, Confidence.LOW, List.of(new Citation("u.S.1", "")));
        try (SituationService.Opened opened = situation.open()) {
            opened.store().addUserData(new Dataset(List.of(), List.of(), List.of(s), List.of(), List.of(e)));
        }
        Dataset d = situation.load();
        assertTrue(d.events().stream().anyMatch(x -> x.id().equals("u.E.1")));
        assertTrue(d.localities().size() > 100, "the built-in localities are there too");
    }

    @Test
    void open_whenTheBuiltinDataCannotBeRead_closesTheStoreAndReportsTheFailure() throws Exception {
        boolean[] closed = {false};
        SituationStore real = SqliteSituationStore.open(dir.resolve("s.db"));
        SituationStore watched = (SituationStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SituationStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) closed[0] = true;
                    return method.invoke(real, args);
                });
        SituationService situation = new StoreSituationService(() -> watched, () -> {
            throw new IllegalStateException("built-in data unreadable");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, situation::open);
        assertEquals("built-in data unreadable", e.getMessage());
        assertTrue(closed[0]);
    }

    @Test
    void open_whenTheBuiltinUpdateFails_keepsTheStoredDataAndSaysSoInItsNotices(@TempDir Path dataDir) throws Exception {
        Path db = dir.resolve("s.db");
        Source s = new Source("u.S.1", "My notes", "Field report", "2024-12-01", "https://example.org/report", "en", "");
        Event e = new Event("u.E.1", ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), EventType.OTHER, "gn170063", null,
                List.of("HTS"), "User note in Aleppo", "", null, Confidence.LOW, List.of(new Citation("u.S.1", "")));
        try (SituationService.Opened opened = sqliteAt(db).open()) {
            assertTrue(opened.notices().isEmpty(), opened.notices().toString());
            opened.store().addUserData(new Dataset(List.of(), List.of(), List.of(s), List.of(), List.of(e)));
        }
        // shipped data without Aleppo, which the user's event points at: the update cannot be stored
        DataFiles embedded = DataFiles.embedded();
        for (String name : DataFiles.NAMES) {
            try (var in = embedded.open(name).orElseThrow()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (name.equals(DataFiles.LOCALITIES)) {
                    text = text.lines().filter(l -> !l.startsWith("gn170063,")).collect(Collectors.joining("\n", "", "\n"));
                }
                Files.writeString(dataDir.resolve(name), text, StandardCharsets.UTF_8);
            }
        }
        DataFiles withoutAleppo = DataFiles.fromDirectory(dataDir);
        SituationService updated = new StoreSituationService(() -> SqliteSituationStore.open(db), () -> withoutAleppo);

        try (SituationService.Opened opened = updated.open()) {
            List<StoreNotice> notices = opened.notices();
            assertEquals(List.of(StoreNotice.Kind.BUILTIN_KEPT), notices.stream().map(StoreNotice::kind).toList());
            assertTrue(notices.get(0).message().contains("stays in use"), notices.get(0).message());
            assertEquals(DataFiles.embedded().contentHash(), opened.store().builtinHash().orElseThrow());
        }
        SituationService.Read read = updated.read();
        assertEquals(1, read.notices().size(), "the window gets the same notice");
        assertEquals(DataFiles.embedded().contentHash(), read.builtinHash(), "exports name the data shown, not the files");
    }
}
