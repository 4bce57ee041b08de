package org.sitmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.ReportedTime;
import org.sitmap.store.SituationStore;
import org.sitmap.store.StoreException;

class RebuildWithEditsTest {
    @TempDir
    Path dir;

    private static Dataset without(Dataset d, String changeId) {
        return new Dataset(d.factions(), d.localities(), d.sources(),
                d.changes().stream().filter(c -> !c.id().equals(changeId)).toList(), d.events());
    }

    @Test
    void rebuild_keepsUserRowsAndCorrections() throws Exception {
        try (SituationStore store = EditFixtures.store(dir.resolve("r.db"))) {
            EditService edits = new EditService(store, () -> "", EditFixtures.CLOCK);
            String added = edits.addChange(ChangeDraft.captured("L-DH", LocalDate.of(2024, 12, 9), "SNA",
                    List.of(EditFixtures.sohr())), AlternativeChoice.BOTH);
            String fix = edits.correctChange("C-MS1", ChangeDraft.captured("L-MS", LocalDate.of(2024, 12, 3), "HTS",
                    List.of(CitationDraft.existing("S1", "rebels advanced"))));

            store.replaceBuiltin(EditFixtures.builtin(), "rebuilt");

            Dataset d = store.load();
            assertTrue(d.changes().stream().anyMatch(c -> c.id().equals(added)));
            assertTrue(d.changes().stream().anyMatch(c -> c.id().equals(fix)));
            assertTrue(d.changes().stream().noneMatch(c -> c.id().equals("C-MS1")), "the correction still overrides");
            var timeline = new ControlTimeline(d);
            assertEquals("GOV", timeline.stateAt("L-MS", ReportedTime.endOfDay(LocalDate.of(2024, 12, 2))).orElseThrow().holder());
        }
    }

    @Test
    void rebuild_thatDropsACorrectedRow_isRefusedNamingTheCorrection() throws Exception {
        try (SituationStore store = EditFixtures.store(dir.resolve("r.db"))) {
            EditService edits = new EditService(store, () -> "", EditFixtures.CLOCK);
            String fix = edits.correctChange("C-MS1", ChangeDraft.captured("L-MS", LocalDate.of(2024, 12, 3), "HTS",
                    List.of(CitationDraft.existing("S1", "rebels advanced"))));

            StoreException e = assertThrows(StoreException.class,
                    () -> store.replaceBuiltin(without(EditFixtures.builtin(), "C-MS1"), "new"));

            assertTrue(e.getMessage().contains(fix) && e.getMessage().contains("C-MS1"), e.getMessage());
            assertEquals("fixture", store.builtinHash().orElseThrow(), "the old built-in data stays");
        }
    }

    @Test
    void rebuild_thatDropsAPlaceTheUserCites_isRefusedNamingTheRow() throws Exception {
        try (SituationStore store = EditFixtures.store(dir.resolve("r.db"))) {
            EditService edits = new EditService(store, () -> "", EditFixtures.CLOCK);
            String added = edits.addChange(ChangeDraft.captured("L-DH", LocalDate.of(2024, 12, 9), "SNA",
                    List.of(EditFixtures.sohr())), AlternativeChoice.BOTH);
            Dataset b = EditFixtures.builtin();
            Dataset noDeirHafer = new Dataset(b.factions(), b.localities().stream().filter(l -> !l.id().equals("L-DH")).toList(),
                    b.sources(), b.changes().stream().filter(c -> !c.localityId().equals("L-DH")).toList(), b.events());

            StoreException e = assertThrows(StoreException.class, () -> store.replaceBuiltin(noDeirHafer, "new"));

            assertTrue(e.getMessage().contains("control change " + added + " refers to locality L-DH"), e.getMessage());
        }
    }

    @Test
    void startWithChangedBuiltinData_thatWouldBreakACorrection_keepsThePreviousDataAndSaysWhy() throws Exception {
        Path before = dir.resolve("data-before"), after = dir.resolve("data-after");
        new org.sitmap.io.DatasetWriter().write(EditFixtures.builtin(), before);
        new org.sitmap.io.DatasetWriter().write(without(EditFixtures.builtin(), "C-MS1"), after);
        try (SituationStore store = org.sitmap.store.SqliteSituationStore.open(dir.resolve("start.db"))) {
            var loader = new org.sitmap.store.BuiltinDataLoader();
            String first = loader.ensureCurrent(store, org.sitmap.io.DataFiles.fromDirectory(before)).hash();
            String fix = new EditService(store, () -> "", EditFixtures.CLOCK).correctChange("C-MS1", ChangeDraft.captured("L-MS",
                    LocalDate.of(2024, 12, 3), "HTS", List.of(CitationDraft.existing("S1", "rebels advanced"))));

            var outcome = loader.ensureCurrent(store, org.sitmap.io.DataFiles.fromDirectory(after));

            assertTrue(!outcome.rebuilt() && first.equals(outcome.hash()));
            assertTrue(outcome.failure() != null && outcome.failure().contains(fix), String.valueOf(outcome.failure()));
            assertTrue(store.load().changes().stream().anyMatch(c -> c.id().equals(fix)), "the map keeps working with the correction");
        }
    }
}
