package org.sitmap.interop.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Event;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ProposedChange;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.ImportService;
import org.sitmap.interop.StoreFixture;
import org.sitmap.store.SituationStore;

class AcledImportTest {
    @TempDir
    Path dir;
    SituationStore store;

    @BeforeEach
    void open() throws Exception {
        store = StoreFixture.open(dir);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private ImportReport importFile(Path file) throws Exception {
        return new ImportService(store).run(new AcledImporter(AcledActorMap.defaults()), file, StoreFixture.progress(-1));
    }

    private Event event(String id) throws Exception {
        return store.load().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void realShapedExport_addsEventsSkipsOtherCountriesAndListsUnknownActors() throws Exception {
        ImportReport report = importFile(StoreFixture.resource("acled-current.csv", dir));

        assertEquals(5, report.addedCount(), report.toText());
        assertEquals(0, report.updatedCount());
        assertEquals(1, report.skippedCount());
        assertTrue(report.skipReasons().get(0).startsWith("acled-current.csv:6: TURT0005: in Turkey"), report.skipReasons().toString());
        assertEquals(Map.of("Some Unlisted Brigade", 1L), report.unknownActors());
        assertEquals(2, report.proposedCount());

        Event clash = event("u.acled.SYRT0001");
        assertEquals(LocalDate.of(2024, 11, 27), clash.when().date());
        assertEquals(Precision.DAY, clash.when().precision());
        assertEquals(List.of("HTS", "GOV"), clash.actors());
        assertEquals(12, clash.fatalities());
        assertTrue(clash.summary().contains("west of Aleppo, near Urum al-Kubra, \"heavy\" fighting"), clash.summary());
        assertEquals("Armed clash in Aleppo", clash.title());
        assertEquals("u.acled", clash.citations().get(0).sourceId());
        assertTrue(clash.citations().get(0).excerpt().contains("SYRT0001")
                && clash.citations().get(0).excerpt().contains("Syrian Observatory for Human Rights; Enab Baladi"));

        Event strike = event("u.acled.SYRT0002");
        assertEquals(LocalDate.of(2024, 11, 30), strike.when().date(), "the '30 November 2024' date style");
        assertEquals(Precision.APPROX_DAY, strike.when().precision());
        assertEquals("غارة جوية على مدينة إدلب، 30 تشرين الثاني", strike.summary());
        assertNull(strike.fatalities(), "an empty fatalities field is unknown, not zero");
        assertEquals(List.of("RUS"), strike.actors());
    }

    @Test
    void reimport_updatesByEventIdWithoutDuplicates() throws Exception {
        Path file = StoreFixture.resource("acled-current.csv", dir);
        importFile(file);
        int events = store.load().events().size();

        ImportReport again = importFile(file);

        assertEquals(0, again.addedCount());
        assertEquals(5, again.updatedCount());
        assertEquals(events, store.load().events().size());
    }

    @Test
    void pre2023ColumnSetInAnotherOrder_readsTheSameEvents() throws Exception {
        importFile(StoreFixture.resource("acled-pre2023.csv", dir));
        List<Event> fromOld = store.load().events().stream().filter(e -> e.id().startsWith("u.acled.")).toList();

        importFile(StoreFixture.resource("acled-current.csv", dir));
        List<Event> fromCurrent = store.load().events().stream()
                .filter(e -> fromOld.stream().anyMatch(o -> o.id().equals(e.id()))).toList();

        assertEquals(3, fromOld.size());
        assertEquals(fromOld, fromCurrent);
    }

    @Test
    void territorialEvents_becomePendingProposalsWithTheirSource() throws Exception {
        importFile(StoreFixture.resource("acled-current.csv", dir));

        List<ProposedChange> proposals = store.proposals();
        assertEquals(List.of("u.acled.SYRT0003", "u.acled.SYRT0006"), proposals.stream().map(ProposedChange::id).toList());
        ProposedChange tallRifaat = proposals.get(0);
        assertTrue(tallRifaat.isPending());
        assertEquals("gn163476", tallRifaat.localityId(), "matched to the known locality at those coordinates");
        assertEquals("SDF", tallRifaat.from());
        assertEquals("SNA", tallRifaat.to());
        assertEquals("u.acled", tallRifaat.citations().get(0).sourceId());
        assertNull(proposals.get(1).localityId(), "no known place near Test Wells");
        assertTrue(store.load().changes().stream().noneMatch(c -> c.id().startsWith("u.")), "nothing applied silently");
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cancelledImport_leavesTheStoreUnchanged() throws Exception {
        List<Object> before = StoreFixture.contents(store);
        Path file = StoreFixture.resource("acled-current.csv", dir);

        assertThrows(CancellationException.class, () -> new ImportService(store)
                .run(new AcledImporter(AcledActorMap.defaults()), file, StoreFixture.progress(0)));

        assertEquals(before, StoreFixture.contents(store));
    }

    @Test
    void unknownActorMappingFile_canMapMoreActors() throws Exception {
        Path mapping = write("actors.csv", "actor,faction,note\nSome Unlisted Brigade,SNA,test\n");
        ImportReport report = new ImportService(store).run(new AcledImporter(AcledActorMap.fromFile(mapping)),
                StoreFixture.resource("acled-current.csv", dir), StoreFixture.progress(-1));
        assertTrue(report.unknownActors().containsKey("Hayat Tahrir al-Sham"), "only the given file's names are known");
        assertEquals(List.of("SNA"), event("u.acled.SYRT0004").actors());
    }

    @Test
    void badRowAfterGoodOnes_failsNamingTheLineAndStoresNothing() throws Exception {
        List<Object> before = StoreFixture.contents(store);
        String good = Files.readString(StoreFixture.resource("acled-current.csv", dir));
        Path bad = write("bad.csv", good + "SYRT0099,31 Novembre 2024,2024,1,,Battles,Armed clash,Syrian National Army,,,,,,,,,,Syria,,,,X,36.1,37.1,1,,,,,,\r\n");

        ImportException e = assertThrows(ImportException.class, () -> importFile(bad));

        assertEquals("bad.csv:8: event_date '31 Novembre 2024' is not a date like 2024-11-30 or 30 November 2024", e.getMessage());
        assertEquals(before, StoreFixture.contents(store));
    }
}
