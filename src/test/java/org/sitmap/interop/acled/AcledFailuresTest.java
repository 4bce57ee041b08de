package org.sitmap.interop.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportService;
import org.sitmap.interop.StoreFixture;
import org.sitmap.store.SituationStore;

/** Bad ACLED files: each fails with a located message and leaves the store exactly as it was. */
class AcledFailuresTest {
    @TempDir
    static Path dir;
    static SituationStore store;
    static List<Object> before;
    static String good;

    @BeforeAll
    static void open() throws Exception {
        store = StoreFixture.open(dir);
        before = StoreFixture.contents(store);
        good = Files.readString(StoreFixture.resource("acled-current.csv", dir));
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static String failure(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> new ImportService(store)
                .run(new AcledImporter(AcledActorMap.defaults()), file, StoreFixture.progress(-1)));
        assertEquals(before, StoreFixture.contents(store), "the store is unchanged");
        return e.getMessage();
    }

    @Test
    void truncatedInsideAQuotedField() throws Exception {
        String cut = good.substring(0, good.indexOf("the SNA took control"));
        assertEquals("truncated.csv:4: cannot read the CSV: a quoted field is not closed before the end of the file "
                + "(the file is truncated?)", failure("truncated.csv", cut));
    }

    @Test
    void truncatedRow() throws Exception {
        String cut = good.substring(0, good.indexOf(",Tall Rifaat,"));
        assertEquals("short.csv:4: the row has 21 fields, the header 31 (the file is truncated, or a quote is missing?)",
                failure("short.csv", cut));
    }

    @Test
    void wrongColumnSet() throws Exception {
        assertEquals("cols.csv:1: not an ACLED export: missing columns event_id_cnty, event_date, sub_event_type, location",
                failure("cols.csv", "id,date,event_type,actor1,latitude,longitude\n1,2024-11-30,Battles,X,36,37\n"));
    }

    @Test
    void latitudeOutOfRange() throws Exception {
        assertEquals("range.csv:2: latitude 136.2012 is out of range (±90)",
                failure("range.csv", good.replace("36.2012", "136.2012")));
    }

    @Test
    void longitudeNotANumber() throws Exception {
        assertEquals("nan.csv:2: longitude '37,1612' is not a decimal number",
                failure("nan.csv", good.replace(",37.1612,", ",\"37,1612\",")));
    }

    @Test
    void tenMegabyteLine() throws Exception {
        String huge = good + "SYRT0100,2024-12-01," + "x".repeat(10 * 1024 * 1024) + "\n";
        assertEquals("huge.csv:8: line is longer than 1 MB (a missing closing quote, or not a text file?)",
                failure("huge.csv", huge));
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("empty.csv:1: the file is empty: no ACLED header", failure("empty.csv", ""));
    }
}
