package org.sitmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.EditAction;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.ReportedTime;
import org.sitmap.store.SituationStore;

class EditServiceTest {
    static final LocalDate DEC9 = LocalDate.of(2024, 12, 9);
    @TempDir
    Path dir;
    SituationStore store;
    EditService edits;

    @BeforeEach
    void open() throws Exception {
        store = EditFixtures.store(dir.resolve("edit.db"));
        edits = new EditService(store, () -> "Analyst A", EditFixtures.CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private String holder(String locality, LocalDate day) throws Exception {
        return new ControlTimeline(store.load()).stateAt(locality, ReportedTime.endOfDay(day)).orElseThrow().holder();
    }

    private String addDeirHafer() throws Exception {
        return edits.addChange(ChangeDraft.captured("L-DH", DEC9, "SNA", List.of(EditFixtures.sohr())), AlternativeChoice.BOTH);
    }

    @Test
    void addChange_withNewSource_givesThePlaceTheNewHolderFromThatDateOnly() throws Exception {
        String id = addDeirHafer();
        assertEquals("u.C.1", id);
        assertEquals("SNA", holder("L-DH", DEC9));
        assertEquals("GOV", holder("L-DH", DEC9.minusDays(1)));
        ControlChange saved = store.load().changes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        assertEquals("GOV", saved.from(), "the previous holder is taken from the stored situation");
        assertEquals("u.S.1", saved.citations().get(0).sourceId());
        assertEquals("SOHR", store.load().source("u.S.1").orElseThrow().outlet());
    }

    @Test
    void addChange_writesOneHistoryBatchWithAuthor() throws Exception {
        addDeirHafer();
        List<EditRecord> h = store.history();
        assertEquals(List.of("u.S.1", "u.C.1"), h.stream().map(r -> r.write().rowId()).toList());
        assertTrue(h.stream().allMatch(r -> r.batch() == h.get(0).batch() && r.action() == EditAction.ADD
                && r.author().equals("Analyst A") && r.write().before() == null));
    }

    @Test
    void addChange_withoutCitation_isRejectedAndWritesNothing() throws Exception {
        var e = assertThrows(EditRejectedException.class,
                () -> edits.addChange(ChangeDraft.captured("L-DH", DEC9, "SNA", List.of()), AlternativeChoice.BOTH));
        assertEquals(EditProblem.Field.CITATIONS, e.problems().get(0).field());
        assertTrue(store.userRows().isEmpty());
        assertTrue(store.history().isEmpty());
    }

    @Test
    void undo_restoresThePreviousMap_andRedoDoesItAgain() throws Exception {
        addDeirHafer();
        edits.undo();
        assertEquals("GOV", holder("L-DH", DEC9));
        assertTrue(store.userRows().isEmpty());
        edits.redo();
        assertEquals("SNA", holder("L-DH", DEC9));
        assertEquals(List.of(EditAction.ADD, EditAction.ADD, EditAction.UNDO, EditAction.UNDO, EditAction.REDO, EditAction.REDO),
                store.history().stream().map(EditRecord::action).toList());
    }

    @Test
    void retract_hidesTheChange_andUnretractShowsItAgain() throws Exception {
        String id = addDeirHafer();
        edits.retract(id, "SOHR corrected its report");
        assertEquals("GOV", holder("L-DH", DEC9));
        assertTrue(edits.userRow(id).orElseThrow().isRetracted(), "the retracted row is kept");
        edits.unretract(id);
        assertEquals("SNA", holder("L-DH", DEC9));
    }

    @Test
    void retract_ofBuiltinChange_hidesItThroughAnOverride_andUndoBringsItBack() throws Exception {
        edits.retract("C-MS1", "date disputed");
        assertEquals("GOV", holder("L-MS", LocalDate.of(2024, 12, 2)));
        edits.undo();
        assertEquals("HTS", holder("L-MS", LocalDate.of(2024, 12, 2)));
    }

    @Test
    void correctBuiltinChange_overridesIt_andRevertRestoresIt() throws Exception {
        String id = edits.correctChange("C-MS1", ChangeDraft.captured("L-MS", LocalDate.of(2024, 12, 3), "HTS",
                List.of(CitationDraft.existing("S1", "rebels advanced"))));
        var d = store.load();
        assertTrue(d.changes().stream().noneMatch(c -> c.id().equals("C-MS1")), "the built-in row is hidden");
        assertEquals("C-MS1", edits.userRow(id).orElseThrow().overrides());
        assertEquals("GOV", holder("L-MS", LocalDate.of(2024, 12, 2)));
        edits.revert(id);
        assertEquals("HTS", holder("L-MS", LocalDate.of(2024, 12, 2)));
    }

    @Test
    void restoreVersion_bringsBackAnEarlierVersion() throws Exception {
        String id = addDeirHafer();
        edits.editChange(id, ChangeDraft.captured("L-DH", DEC9.plusDays(2), "SNA", List.of(CitationDraft.existing("u.S.1", "x"))));
        assertEquals("GOV", holder("L-DH", DEC9));
        EditRecord added = store.history().stream().filter(r -> r.write().rowId().equals(id)).findFirst().orElseThrow();
        edits.restoreVersion(added, false);
        assertEquals("SNA", holder("L-DH", DEC9));
        assertEquals(EditAction.RESTORE_VERSION, store.history().get(store.history().size() - 1).action());
    }

    @Test
    void alternativeClaim_useNew_keepsTheBuiltinAsUnusedAlternative() throws Exception {
        ChangeDraft other = ChangeDraft.captured("L-MS", LocalDate.of(2024, 12, 2), "HTS", List.of(EditFixtures.sohr()));
        var rules = edits.rules();
        assertEquals(List.of("C-MS1"), rules.alternativesTo(other, null).stream().map(ControlChange::id).toList());
        String id = edits.addChange(other, AlternativeChoice.USE_NEW);
        var changes = store.load().changes();
        assertTrue(changes.stream().anyMatch(c -> c.id().equals(id) && c.used()));
        ControlChange alt = changes.stream().filter(c -> c.localityId().equals("L-MS") && c.when().date().equals(LocalDate.of(2024, 12, 1)))
                .findFirst().orElseThrow();
        assertFalse(alt.used(), "the stored claim stays visible as an alternative");
        assertEquals("GOV", holder("L-MS", LocalDate.of(2024, 12, 1)));
    }

    @Test
    void alternativeClaim_keepStored_savesTheNewOneUnused() throws Exception {
        String id = edits.addChange(ChangeDraft.captured("L-MS", LocalDate.of(2024, 12, 2), "HTS", List.of(EditFixtures.sohr())),
                AlternativeChoice.KEEP_STORED);
        assertFalse(store.load().changes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().used());
        assertEquals("HTS", holder("L-MS", LocalDate.of(2024, 12, 1)));
    }
}
