package org.sitmap.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.ImportedZone;
import org.sitmap.geo.EqualAreaProjection;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.interop.geojson.GeoJsonImporter;
import org.sitmap.interop.kml.KmlImporter;
import org.sitmap.store.SituationStore;

/** GeoJSON and KML/KMZ import: round trips from Sitmap's own exports, namespaces, and bad files. */
class FeatureImportTest {
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

    private ExportData exported() throws Exception {
        Dataset d = store.load();
        return ExportData.of(d, ZoneEngine.forDataset(d), LocalDate.of(2024, 11, 26), LocalDate.of(2024, 11, 30), StoreFixture.progress(-1));
    }

    private ImportReport run(Importer importer, Path file) throws Exception {
        return new ImportService(store).run(importer, file, StoreFixture.progress(-1));
    }

    private static double area(String wkt) throws Exception {
        return EqualAreaProjection.NORTHERN_SYRIA.areaKm2(new WKTReader().read(wkt));
    }

    private void assertSameZones(ExportData data) throws Exception {
        List<ImportedZone> imported = store.importedZones();
        List<Zone> zones = data.snapshots().stream().flatMap(s -> s.zones().stream()).toList();
        assertEquals(zones.size(), imported.size());
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            ImportedZone iz = imported.get(i);
            assertEquals(z.faction(), iz.faction());
            assertEquals(z.areaKm2(), area(iz.wkt()), Math.max(0.01, z.areaKm2() * 1e-4));
        }
        assertEquals(data.snapshots().get(0).validFrom(), imported.get(0).validFrom());
        assertEquals(data.snapshots().get(0).validTo(), imported.get(0).validTo());
    }

    @Test
    void kmlRoundTrip_givesTheSameEventsAndZones() throws Exception {
        ExportData data = exported();
        Path kml = dir.resolve("sitmap.kml");
        ExportFormat.KML.exporter(kml, false).write(data, kml, StoreFixture.progress(-1));

        ImportReport report = run(new KmlImporter(), kml);

        Map<String, Event> imported = store.load().events().stream().filter(e -> e.id().startsWith("u.kml.sitmap."))
                .collect(Collectors.toMap(e -> e.id().substring("u.kml.sitmap.".length()), Function.identity()));
        List<Event> placed = data.events().stream().filter(e -> data.dataset().position(e).isPresent()).toList();
        assertEquals(placed.size(), imported.size(), report.toText());
        for (Event e : placed) {
            Event back = imported.get(e.id());
            assertEquals(e.title(), back.title());
            assertEquals(e.when().date(), back.when().date());
            assertEquals(e.when().time(), back.when().time());
            assertEquals(e.type(), back.type());
            assertEquals(data.dataset().position(e).orElseThrow().lat(), back.point().lat(), 1e-6);
            assertEquals(data.dataset().source(e.citations().get(0).sourceId()).orElseThrow().url(),
                    store.load().source(back.citations().get(0).sourceId()).orElseThrow().url());
        }
        assertSameZones(data);
    }

    @Test
    void geoJsonRoundTrip_givesTheSameZones() throws Exception {
        ExportData data = exported();
        Path json = dir.resolve("zones.geojson");
        ExportFormat.GEOJSON.exporter(json, false).write(data, json, StoreFixture.progress(-1));

        run(new GeoJsonImporter(), json);

        assertSameZones(data);
    }

    private static final String PLACEMARK = "<%1$sPlacemark id=\"p1\"><%1$sname>Clash near Aleppo</%1$sname>"
            + "<%1$sTimeStamp><%1$swhen>2024-11-29</%1$swhen></%1$sTimeStamp>"
            + "<%1$sExtendedData><%1$sData name=\"url\"><%1$svalue>https://example.org/report</%1$svalue></%1$sData></%1$sExtendedData>"
            + "<%1$sPoint><%1$scoordinates>37.16,36.2</%1$scoordinates></%1$sPoint></%1$sPlacemark>";

    private Path kml(String name, String root, String prefix) throws Exception {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root + "<" + prefix + "Document>"
                + String.format(PLACEMARK, prefix) + "</" + prefix + "Document></" + prefix + "kml>\n";
        Path p = dir.resolve(name);
        Files.writeString(p, doc, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void kmlWithAndWithoutNamespacePrefixes_readTheSame() throws Exception {
        run(new KmlImporter(), kml("plain.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\">", ""));
        run(new KmlImporter(), kml("prefixed.kml", "<kml:kml xmlns:kml=\"http://www.opengis.net/kml/2.2\">", "kml:"));
        run(new KmlImporter(), kml("bare.kml", "<kml>", ""));

        List<Event> events = store.load().events().stream().filter(e -> e.id().startsWith("u.kml.")).toList();
        assertEquals(List.of("u.kml.bare.p1", "u.kml.plain.p1", "u.kml.prefixed.p1"), events.stream().map(Event::id).sorted().toList());
        assertTrue(events.stream().allMatch(e -> e.title().equals("Clash near Aleppo") && e.when().date().equals(LocalDate.of(2024, 11, 29))));
    }

    @Test
    void kmz_readsTheDocumentInside() throws Exception {
        Path inner = kml("doc.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\">", "");
        Path kmz = dir.resolve("shared.kmz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
            zip.putNextEntry(new ZipEntry("images/icon.png"));
            zip.write(new byte[] {1, 2, 3});
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write(Files.readAllBytes(inner));
        }
        ImportReport report = run(new KmlImporter(), kmz);
        assertEquals(1, report.addedCount());
        assertEquals("example.org", store.load().source(store.load().events().stream()
                .filter(e -> e.id().equals("u.kml.shared.p1")).findFirst().orElseThrow().citations().get(0).sourceId()).orElseThrow().outlet());
    }

    @Test
    void pointWithoutSource_isSkippedWithTheReason() throws Exception {
        Path p = dir.resolve("nosource.geojson");
        Files.writeString(p, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"date\":\"2024-11-30\",\"title\":\"x\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.1,36.2]}}]}");
        ImportReport report = run(new GeoJsonImporter(), p);
        assertEquals(0, report.addedCount());
        assertEquals(List.of("nosource.geojson:1: point 1 has no http(s) source URL: Sitmap keeps only sourced events"), report.skipReasons());
    }

    private String failure(Importer importer, String name, String content) throws Exception {
        List<Object> before = StoreFixture.contents(store);
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> run(importer, p));
        assertEquals(before, StoreFixture.contents(store), "the store is unchanged");
        assertTrue(store.importedZones().isEmpty());
        return e.getMessage();
    }

    private static final String GOOD_FEATURE = "{\"type\":\"Feature\",\"properties\":{\"date\":\"2024-11-30\",\"title\":\"ok\","
            + "\"url\":\"https://example.org/a\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.1,36.2]}},\n";

    @Test
    void geoJsonUnclosedPolygon_failsNamingTheLine() throws Exception {
        assertEquals("open.geojson:3: polygon ring is not closed: it starts at 37.0,36.0 and ends at 37.0,36.1",
                failure(new GeoJsonImporter(), "open.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n" + GOOD_FEATURE
                        + "{\"type\":\"Feature\",\"properties\":{\"date\":\"2024-11-30\"},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[[37,36],[37.1,36],[37.1,36.1],[37,36.1]]]}}]}"));
    }

    @Test
    void geoJsonCoordinatesOutOfRange() throws Exception {
        assertEquals("range.geojson:2: coordinates 37.1,136.2 (lon,lat) are out of range",
                failure(new GeoJsonImporter(), "range.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n"
                        + GOOD_FEATURE.replace("[37.1,36.2]", "[37.1,136.2]") + GOOD_FEATURE + "{}]}"));
    }

    @Test
    void geoJsonTruncated() throws Exception {
        String msg = failure(new GeoJsonImporter(), "cut.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n" + GOOD_FEATURE
                + "{\"type\":\"Feature\",\"prop");
        assertTrue(msg.startsWith("cut.geojson:3: not valid JSON: Unexpected end-of-input"), msg);
    }

    @Test
    void geoJsonBadDate() throws Exception {
        assertEquals("date.geojson:2: '30/11/2024' is not a date (2024-11-30) or a time (2024-11-30T09:00:00Z)",
                failure(new GeoJsonImporter(), "date.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n"
                        + GOOD_FEATURE.replace("2024-11-30", "30/11/2024") + "{}]}"));
    }

    @Test
    void kmlUnclosedPolygon() throws Exception {
        assertEquals("open.kml:4: polygon ring is not closed: it starts at 37.0,36.0 and ends at 37.0,36.1",
                failure(new KmlImporter(), "open.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
                        + String.format(PLACEMARK, "") + "\n<Placemark><TimeSpan><begin>2024-11-30</begin></TimeSpan><Polygon><outerBoundaryIs><LinearRing>\n"
                        + "<coordinates>37,36 37.1,36 37.1,36.1 37,36.1</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                        + "</Document></kml>"));
    }

    @Test
    void kmlTruncated() throws Exception {
        String msg = failure(new KmlImporter(), "cut.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
                + String.format(PLACEMARK, "") + "\n<Placemark><name>half");
        assertTrue(msg.startsWith("cut.kml:3: not valid XML:"), msg);
    }

    @Test
    void kmlWithADoctype_isRefused() throws Exception {
        String msg = failure(new KmlImporter(), "xxe.kml", "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<kml><Document><Placemark><name>&x;</name></Placemark></Document></kml>");
        assertTrue(msg.startsWith("xxe.kml:"), msg);
    }

    @Test
    void kmlExternalEntity_neverReadsTheLocalFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT-1234");
        String msg = failure(new KmlImporter(), "xxe-local.kml", "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<kml><Document><Placemark><name>&x;</name><ExtendedData><Data name=\"url\"><value>"
                + "https://example.org/x</value></Data></ExtendedData><TimeStamp><when>2024-11-30</when></TimeStamp>"
                + "<Point><coordinates>37.1,36.2</coordinates></Point></Placemark></Document></kml>");
        assertFalse(msg.contains("SECRET"), msg);
        assertTrue(msg.startsWith("xxe-local.kml:3: "), msg);
    }

    @Test
    void pointWithAHiddenDirectionMarkInItsUrl_orOutsideSyria_isSkippedWithTheReason() throws Exception {
        Path p = dir.resolve("mixed.geojson");
        Files.writeString(p, "{\"type\":\"FeatureCollection\",\"features\":[\n" + GOOD_FEATURE
                + GOOD_FEATURE.replace("https://example.org/a", "https://example.org/\u202egnp.exe")
                + GOOD_FEATURE.replace("[37.1,36.2]", "[2.35,48.85]").replace(",\n", "") + "]}", StandardCharsets.UTF_8);
        ImportReport report = run(new GeoJsonImporter(), p);
        assertEquals(1, report.addedCount());
        assertEquals(2, report.skippedCount());
        String text = report.toText();
        assertTrue(text.contains("mixed.geojson:3: point 2: the URL contains an invisible or control character (U+202E)"), text);
        assertTrue(text.contains("mixed.geojson:4: point 3 at 48.85,2.35 lies outside Syria"), text);
    }

    @Test
    void kmlTenMegabyteLine() throws Exception {
        assertEquals("huge.kml:2: line is longer than 1 MB (a missing closing quote, or not a text file?)",
                failure(new KmlImporter(), "huge.kml", "<kml><Document>\n<Placemark><name>" + "x".repeat(10 * 1024 * 1024) + "</name></Placemark></Document></kml>"));
    }

    @Test
    void openEndedImportedZone_hasNoEnd() throws Exception {
        Path p = dir.resolve("theirs.geojson");
        Files.writeString(p, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"date\":\"2024-11-30\","
                + "\"faction\":\"HTS\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[37,36],[37.1,36],[37.1,36.1],[37,36]]]}}]}");
        run(new GeoJsonImporter(), p);
        ImportedZone z = store.importedZones().get(0);
        assertEquals("theirs", z.layer());
        assertEquals("HTS", z.faction());
        assertNull(z.validTo());
    }
}
