package org.sitmap.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.EqualAreaProjection;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.w3c.dom.Document;

/** Each export format written from the shipped dataset and read back with plain tools. */
class ExportFormatsTest {
    @TempDir
    static Path dir;
    static ExportData data;
    static final LocalDate FROM = LocalDate.of(2024, 11, 26), TO = LocalDate.of(2024, 12, 15);

    @BeforeAll
    static void collect() {
        Dataset d = new DatasetReader().read(DataFiles.embedded()).dataset();
        data = ExportData.of(d, ZoneEngine.forDataset(d), FROM, TO, StoreFixture.progress(-1));
    }

    private static int zoneCount() {
        return data.snapshots().stream().mapToInt(s -> s.zones().size()).sum();
    }

    @Test
    void period_startsWithTheSnapshotAtItsStartAndEndsClosed() {
        assertTrue(data.snapshots().size() > 5);
        DatedSnapshot last = data.snapshots().get(data.snapshots().size() - 1);
        assertEquals(java.time.Instant.parse("2024-12-15T21:00:00Z"), last.validTo(), "end of 15 December in Syria");
        for (int i = 1; i < data.snapshots().size(); i++) {
            assertEquals(data.snapshots().get(i - 1).validTo(), data.snapshots().get(i).validFrom(), "no gap, no overlap");
        }
        assertTrue(data.events().stream().allMatch(e -> !e.when().date().isBefore(FROM) && !e.when().date().isAfter(TO)));
    }

    @Test
    void geoPackage_readsBackWithPlainSqlite() throws Exception {
        Path out = dir.resolve("sitmap.gpkg");
        ExportFormat.GEOPACKAGE.exporter(out, false).write(data, out, StoreFixture.progress(-1));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                assertEquals(0x47504B47, rs.getInt(1), "'GPKG'");
            }
            Set<String> contents = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, data_type FROM gpkg_contents")) {
                while (rs.next()) contents.add(rs.getString(1) + ":" + rs.getString(2));
            }
            assertTrue(contents.containsAll(List.of("zones:features", "localities:features", "events:features",
                    "sources:attributes", "event_sources:attributes")), contents.toString());
            try (ResultSet rs = s.executeQuery("SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = 'zones'")) {
                assertEquals("MULTIPOLYGON", rs.getString(1));
                assertEquals(4326, rs.getInt(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM zones")) {
                assertEquals(zoneCount(), rs.getInt(1));
            }
            Zone largest = data.snapshots().get(0).zones().stream().max((a, b) -> Double.compare(a.areaKm2(), b.areaKm2())).orElseThrow();
            try (ResultSet rs = s.executeQuery("SELECT geom, area_km2, valid_from FROM zones WHERE fid = ("
                    + "SELECT fid FROM zones WHERE valid_from = '" + data.snapshots().get(0).validFrom() + "' ORDER BY area_km2 DESC LIMIT 1)")) {
                Geometry g = decodeGeoPackageGeometry(rs.getBytes(1));
                assertEquals(largest.areaKm2(), EqualAreaProjection.NORTHERN_SYRIA.areaKm2(g), largest.areaKm2() * 1e-6);
                assertEquals(largest.areaKm2(), rs.getDouble(2), 0.01);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM event_sources")) {
                assertEquals(data.events().stream().mapToInt(e -> e.citations().size()).sum(), rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT styleQML, useAsDefault FROM layer_styles WHERE f_table_name = 'zones'")) {
                String qml = rs.getString(1);
                assertTrue(qml.contains("startField=\"valid_from\"") && qml.contains("endField=\"valid_to\""), qml);
                assertTrue(qml.contains("value=\"HTS\""));
                assertEquals(1, rs.getInt(2));
            }
        }
    }

    /** GeoPackage binary: "GP", version, flags (envelope kind in bits 1-3, byte order in bit 0), srs id, envelope, WKB. */
    static Geometry decodeGeoPackageGeometry(byte[] blob) throws Exception {
        assertEquals('G', blob[0]);
        assertEquals('P', blob[1]);
        int flags = blob[3];
        int envelope = (flags >> 1) & 0x7;
        int envelopeBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            default -> 64;
        };
        ByteOrder order = (flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        assertEquals(4326, ByteBuffer.wrap(blob, 4, 4).order(order).getInt());
        return new WKBReader().read(Arrays.copyOfRange(blob, 8 + envelopeBytes, blob.length));
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void kml_hasATimeSpanPerZoneAndATimeStampPerEvent() throws Exception {
        Path out = dir.resolve("sitmap.kml");
        ExportFormat.KML.exporter(out, false).write(data, out, StoreFixture.progress(-1));

        Document doc = xml(Files.readAllBytes(out));
        String ns = "http://www.opengis.net/kml/2.2";
        assertEquals(zoneCount(), doc.getElementsByTagNameNS(ns, "TimeSpan").getLength());
        long placed = data.events().stream().filter(e -> data.dataset().position(e).isPresent()).count();
        assertEquals(placed, doc.getElementsByTagNameNS(ns, "TimeStamp").getLength());
        assertEquals(0, doc.getElementsByTagNameNS(ns, "ScreenOverlay").getLength());
    }

    @Test
    void kmz_zipsTheDocumentWithItsLegendOverlay() throws Exception {
        Path out = dir.resolve("sitmap.kmz");
        ExportFormat.KML.exporter(out, false).write(data, out, StoreFixture.progress(-1));

        try (ZipFile zip = new ZipFile(out.toFile())) {
            Document doc = xml(zip.getInputStream(zip.getEntry("doc.kml")).readAllBytes());
            assertEquals(1, doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "ScreenOverlay").getLength());
            byte[] png = zip.getInputStream(zip.getEntry("legend.png")).readAllBytes();
            assertTrue(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getHeight() > 20);
        }
    }

    @Test
    void geoJson_listsEveryZoneOfEverySnapshotWithItsValidity() throws Exception {
        Path out = dir.resolve("zones.geojson");
        ExportFormat.GEOJSON.exporter(out, false).write(data, out, StoreFixture.progress(-1));

        JsonNode fc = new ObjectMapper().readTree(out.toFile());
        assertEquals(zoneCount(), fc.get("features").size());
        JsonNode first = fc.get("features").get(0).get("properties");
        assertEquals(data.snapshots().get(0).validFrom().toString(), first.get("valid_from").asText());
        assertEquals(data.snapshots().get(0).validTo().toString(), first.get("valid_to").asText());
    }

    @Test
    void csv_hasOneRowPerEventAndSourceWithoutBom() throws Exception {
        Path out = dir.resolve("events.csv");
        ExportFormat.CSV.exporter(out, false).write(data, out, StoreFixture.progress(-1));

        byte[] bytes = Files.readAllBytes(out);
        assertEquals('e', bytes[0], "no byte-order mark unless asked");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
        assertEquals(data.events().stream().mapToInt(e -> e.citations().size()).sum(), rows.size());
        assertFalse(rows.get(0).get("url").isEmpty());
    }

    @Test
    void csvForExcel_startsWithAByteOrderMark() throws Exception {
        Path out = dir.resolve("excel.csv");
        ExportFormat.CSV.exporter(out, true).write(data, out, StoreFixture.progress(-1));
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    }

    @Test
    void openEndedExport_leavesTheLastSnapshotOpen() {
        Dataset d = data.dataset();
        ExportData all = ExportData.of(d, ZoneEngine.forDataset(d), null, null, StoreFixture.progress(-1));
        assertNull(all.snapshots().get(all.snapshots().size() - 1).validTo());
    }
}
