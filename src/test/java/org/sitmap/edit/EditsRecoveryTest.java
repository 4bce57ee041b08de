package org.sitmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.EditAction;
import org.sitmap.domain.EditRecord;
import org.sitmap.store.SituationStore;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreNotice;

/** A damaged database gives back the user's edits: their rows, corrections and retractions, and the whole history. */
class EditsRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void damagedIndex_editsCorrectionsRetractionsAndHistoryAreRecovered() throws Exception {
        Path db = dir.resolve("hurt.db");
        String added, fix;
        List<EditRecord> history;
        try (SituationStore store = EditFixtures.store(db)) {
            EditService edits = new EditService(store, () -> "Analyst", EditFixtures.CLOCK);
            added = edits.addChange(ChangeDraft.captured("L-DH", LocalDate.of(2024, 12, 9), "SNA",
                    List.of(EditFixtures.sohr())), AlternativeChoice.BOTH);
            fix = edits.correctChange("C-MS1", ChangeDraft.captured("L-MS", LocalDate.of(2024, 12, 3), "HTS",
                    List.of(CitationDraft.existing("S1", "rebels advanced"))));
            edits.retract(added, "the outlet withdrew it");
            history = store.history();
        }
        damageIndex(db, "event_date");

        try (SituationStore store = SqliteSituationStore.open(db)) {
            assertEquals(StoreNotice.Kind.RECOVERED, store.notices().get(0).kind(), store.notices().toString());
            store.replaceBuiltin(EditFixtures.builtin(), "rebuilt");

            assertEquals(history, store.history(), "the history comes back whole, in order");
            assertEquals(EditAction.RETRACT, store.history().get(store.history().size() - 1).action());
            var shown = store.load().changes();
            assertTrue(shown.stream().noneMatch(c -> c.id().equals(added)), "the retraction holds");
            assertTrue(shown.stream().anyMatch(c -> c.id().equals(fix)) && shown.stream().noneMatch(c -> c.id().equals("C-MS1")),
                    "the correction still replaces the built-in change");
            String next = new EditService(store, () -> "", EditFixtures.CLOCK).addChange(ChangeDraft.captured("L-DH",
                    LocalDate.of(2024, 12, 10), "SNA", List.of(CitationDraft.existing("u.S.1", "the SNA took control of Deir Hafer"))),
                    AlternativeChoice.BOTH);
            assertTrue(!next.equals(added) && !next.equals(fix), "new ids never reuse recovered ones: " + next);
        }
    }

    /** Overwrites the first bytes of index {@code name}'s root page, as a torn write would. */
    private static void damageIndex(Path db, String name) throws Exception {
        int pageSize, page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE"); // folds the WAL into the file, so the page offset is real
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + name + "'")) {
                rs.next();
                page = rs.getInt(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * pageSize);
            f.write(new byte[] {(byte) 0x0D, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
        }
    }
}
