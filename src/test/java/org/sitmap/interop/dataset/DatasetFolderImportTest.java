package org.sitmap.interop.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Event;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.ImportService;
import org.sitmap.interop.StoreFixture;
import org.sitmap.store.SituationStore;

/** A colleague's dataset folder merged into the user's part: ids remapped, conflicts kept apart and reported. */
class DatasetFolderImportTest {
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

    private static final String SOURCES = "id,outlet,title,published,url,language,seen_on\n"
            + "S9001,Field notes,Report from the road,2024-12-02,https://example.org/notes/1,en,\n";
    private static final String LOCALITIES = "id,name_en,name_ar,kind,governorate,lat,lon,coord_source,coord_ref,coord_error_km,geonames_id,population\n"
            + "x-test-well,Test Well,,village,Aleppo,36.3,37.5,approximate,test fixture,2,,\n";
    private static final String CONTROL = "{\"id\": \"C9001\", \"locality\": \"x-test-well\", \"date\": \"2024-11-26\", \"time\": null, "
            + "\"precision\": \"day\", \"from\": null, \"to\": \"GOV\", \"kind\": \"status_quo\", \"confidence\": \"low\", \"used\": true, "
            + "\"note\": \"\", \"citations\": [{\"source\": \"S9001\", \"excerpt\": \"x\"}]}\n";

    private static String eventLine(String title) {
        return "{\"id\": \"E9001\", \"date\": \"2024-12-02\", \"time\": null, \"precision\": \"day\", \"type\": \"clash\", "
                + "\"locality\": \"x-test-well\", \"lat\": null, \"lon\": null, \"actors\": [\"HTS\"], \"title\": \"" + title + "\", "
                + "\"summary\": \"\", \"fatalities\": null, \"confidence\": \"low\", \"citations\": [{\"source\": \"S9001\", \"excerpt\": \"y\"}]}\n";
    }

    private Path folder(String name, String events) throws Exception {
        Path f = Files.createDirectories(dir.resolve(name));
        Files.writeString(f.resolve("sources.csv"), SOURCES, StandardCharsets.UTF_8);
        Files.writeString(f.resolve("localities.csv"), LOCALITIES, StandardCharsets.UTF_8);
        Files.writeString(f.resolve("control.jsonl"), CONTROL, StandardCharsets.UTF_8);
        Files.writeString(f.resolve("events.jsonl"), events, StandardCharsets.UTF_8);
        return f;
    }

    private ImportReport run(Path folder) throws Exception {
        return new ImportService(store).run(new DatasetFolderImporter(), folder, StoreFixture.progress(-1));
    }

    private Event event(String id) throws Exception {
        return store.load().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void newRows_enterTheUserPartUnderUserIdsWithTheirReferences() throws Exception {
        ImportReport report = run(folder("colleague", eventLine("Clash at Test Well")));

        assertEquals(4, report.addedCount(), report.toText());
        Event e = event("u.E9001");
        assertEquals("u.x-test-well", e.localityId());
        assertEquals("u.S9001", e.citations().get(0).sourceId());
        assertTrue(store.load().locality("u.x-test-well").isPresent());
    }

    @Test
    void sameFolderTwice_addsNothing() throws Exception {
        run(folder("colleague", eventLine("Clash at Test Well")));
        int events = store.load().events().size();

        ImportReport again = run(folder("colleague", eventLine("Clash at Test Well")));

        assertEquals(0, again.addedCount());
        assertEquals(4, again.skippedCount());
        assertEquals(events, store.load().events().size());
    }

    @Test
    void sameIdWithOtherContent_isStoredApartAndReported() throws Exception {
        run(folder("first", eventLine("Clash at Test Well")));

        ImportReport second = run(folder("second", eventLine("Airstrike at Test Well")));

        assertEquals("Clash at Test Well", event("u.E9001").title(), "nothing overwritten");
        assertEquals("Airstrike at Test Well", event("u.E9001.2").title());
        assertEquals(List.of("event E9001: u.E9001 holds different content; stored as u.E9001.2"), second.conflicts());
    }

    @Test
    void badRow_failsWithItsLineAndStoresNothing() throws Exception {
        List<Object> before = StoreFixture.contents(store);
        Path f = folder("bad", eventLine("Fine") + eventLine("Broken").replace("2024-12-02", "2024-13-02"));

        ImportException e = assertThrows(ImportException.class, () -> run(f));

        assertTrue(e.getMessage().startsWith("events.jsonl:2:"), e.getMessage());
        assertEquals(before, StoreFixture.contents(store));
    }
}
