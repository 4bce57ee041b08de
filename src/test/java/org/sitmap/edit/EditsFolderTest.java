package org.sitmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetOverlay;
import org.sitmap.io.DatasetReader;
import org.sitmap.io.ReadResult;
import org.sitmap.store.SituationStore;

class EditsFolderTest {
    @TempDir
    Path dir;

    /** A store with a new place and its status quo, a new change, a correction, and a retracted change. */
    private SituationStore edited(Path db) throws Exception {
        SituationStore store = EditFixtures.store(db);
        EditService edits = new EditService(store, () -> "A", EditFixtures.CLOCK);
        String place = edits.addLocality(new LocalityDraft("Um Jlud", "أم جلود", LocalityKind.VILLAGE, "Aleppo",
                new GeoPoint(36.55, 38.0), CoordinateSource.APPROXIMATE, "estimated from the map", 2, null, null));
        edits.addChange(new ChangeDraft(place, EditFixtures.D26, null, null, null, "SNA", ChangeKind.STATUS_QUO,
                Confidence.LOW, "", List.of(CitationDraft.existing("S1", "rebels advanced")), false), AlternativeChoice.BOTH);
        edits.addChange(ChangeDraft.captured("L-DH", LocalDate.of(2024, 12, 9), "SNA", List.of(EditFixtures.sohr())), AlternativeChoice.BOTH);
        edits.correctChange("C-MS1", ChangeDraft.captured("L-MS", LocalDate.of(2024, 12, 3), "HTS",
                List.of(CitationDraft.existing("S1", "rebels advanced"))));
        String wrong = edits.addChange(ChangeDraft.captured(place, LocalDate.of(2024, 12, 5), "HTS",
                List.of(CitationDraft.newSource("X", "t", "2024-12-05", "https://example.org/x", "q"))), AlternativeChoice.BOTH);
        edits.retract(wrong, "mistaken");
        return store;
    }

    /** Who holds each place (by position) at each instant any change applies. */
    private static List<String> map(Dataset d) {
        ControlTimeline t = new ControlTimeline(d);
        TreeSet<Instant> instants = new TreeSet<>(t.changeInstants());
        List<String> out = new ArrayList<>();
        for (Instant i : instants) {
            for (Locality l : d.localities()) {
                out.add(i + " " + l.point() + " " + t.stateAt(l.id(), i).map(s -> s.holder() + "/" + s.contestedBy()).orElse("-"));
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void exportMyEdits_validates_andImportIntoAFreshStoreGivesTheSameMap() throws Exception {
        Path folder = dir.resolve("my-edits");
        try (SituationStore a = edited(dir.resolve("a.db")); SituationStore b = EditFixtures.store(dir.resolve("b.db"))) {
            EditsFolder.Export export = EditsFolder.export(a.userRows(), EditFixtures.builtin(), folder);
            assertTrue(export.ok(), export.problems().toString());
            assertEquals(1, export.skipped().size(), "the retracted change of the user's own is not exported");

            ReadResult read = new DatasetReader().read(DataFiles.fromDirectory(folder));
            assertEquals(List.of(), DatasetOverlay.validate(EditFixtures.builtin(), read), "the folder validates on the built-in data");
            assertTrue(read.dataset().changes().stream().anyMatch(c -> c.id().equals("C-MS1")), "a correction keeps the built-in id");
            assertTrue(read.dataset().changes().stream().map(ControlChange::id).noneMatch(id -> id.startsWith("u.")));

            EditsFolder.importInto(new EditService(b, () -> "B", EditFixtures.CLOCK), read.dataset(), EditFixtures.builtin());

            assertEquals(map(a.load()), map(b.load()));
        }
    }

    @Test
    void export_thatWouldNotValidate_writesNothing() throws Exception {
        Path folder = dir.resolve("refused");
        try (SituationStore a = EditFixtures.store(dir.resolve("a.db"))) {
            EditService edits = new EditService(a, () -> "A", EditFixtures.CLOCK);
            edits.addLocality(new LocalityDraft("Um Jlud", "", LocalityKind.VILLAGE, "Aleppo", new GeoPoint(36.55, 38.0),
                    CoordinateSource.APPROXIMATE, "estimated from the map", 2, null, null));
            EditsFolder.Export export = EditsFolder.export(a.userRows(), EditFixtures.builtin(), folder);
            assertTrue(export.problems().stream().anyMatch(p -> p.message().contains("x-u1 has no status quo")), export.problems().toString());
            assertTrue(Files.notExists(folder));
        }
    }
}
