package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** control-at, zones and diff on the shipped dataset, through the command line, with a throw-away database. */
class ZoneCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliHarness.Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = home.resolve("test.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliHarness.run(home, all);
    }

    @Test
    void controlAt_json_hasTheDocumentedKeys() throws Exception {
        CliHarness.Run r = run("control-at", "--date", "2024-11-30", "36.2", "37.16", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = JSON.readTree(r.out());
        for (String key : new String[] {"faction", "since", "locality", "sources"}) assertTrue(o.has(key), key + " in " + o);
        assertTrue(o.get("sources").isArray());
    }

    @Test
    void controlAt_in2025_namesTheSuccessorHolderAndTheSourcesOfCaptureAndSuccession() throws Exception {
        CliHarness.Run r = run("control-at", "--date", "2025-06-01", "36.1993", "37.1628", "--json"); // Aleppo citadel
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = JSON.readTree(r.out());
        assertEquals("SGOV", o.get("faction").asText(), o.toString());
        assertTrue(o.get("sources").size() >= 1, "the capture's sources: " + o);
        JsonNode via = o.get("successions");
        assertEquals(1, via.size(), o.toString());
        assertEquals("HTS", via.get(0).get("from").asText());
        assertEquals("2025-01-29", via.get(0).get("date").asText());
        assertTrue(via.get(0).get("sources").size() >= 1, o.toString());
        CliHarness.Run text = run("control-at", "--date", "2025-06-01", "36.1993", "37.1628");
        assertTrue(text.out().contains("SGOV") && text.out().contains("succession: HTS -> SGOV 2025-01-29 (merged)"), text.out());
    }

    @Test
    void diff_acrossASuccession_reportsTheAreaAsPassedNotLost() throws Exception {
        CliHarness.Run r = run("diff", "--from", "2025-01-20", "--to", "2025-02-10", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = JSON.readTree(r.out());
        JsonNode passed = o.get("successions");
        assertEquals(1, passed.size(), o.toString());
        assertEquals("HTS", passed.get(0).get("from").asText());
        assertEquals("SGOV", passed.get(0).get("to").asText());
        assertTrue(passed.get(0).get("area_km2").asDouble() > 1000, o.toString());
        for (JsonNode f : o.get("factions")) {
            assertTrue(f.get("lost_km2").asDouble() < 1, "no loss by succession: " + f);
            assertTrue(!f.get("faction").asText().equals("SGOV") || f.get("gained_km2").asDouble() < 1, "no gain by succession: " + f);
        }
        CliHarness.Run text = run("diff", "--from", "2025-01-20", "--to", "2025-02-10");
        assertTrue(text.out().contains("succession: HTS -> SGOV"), text.out());
    }

    @Test
    void controlAt_outsideTheMappedArea_saysSo() throws Exception {
        CliHarness.Run r = run("control-at", "--date", "2024-11-30", "33.5", "36.3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("outside", JSON.readTree(r.out()).get("status").asText());
    }

    @Test
    void controlAt_withoutPosition_isAUsageError() {
        CliHarness.Run r = run("control-at", "--date", "2024-11-30");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("LAT LON"), r.err());
    }

    @Test
    void controlAt_batch_answersEveryLineInOrderAndReportsBadOnesWithFileAndLine() throws Exception {
        Path csv = home.resolve("points.csv");
        Files.writeString(csv, "date,lat,lon\n2024-11-26,36.2,37.16\n2024-11-2x,36.2,37.16\n2024-11-30,33.5,36.3\n"
                + "2024-11-30,36.2\n2024-11-30T10:00,36.0,40.2\n");
        CliHarness.Run r = run("control-at", "--points", csv.toString(), "--json");
        assertEquals(1, r.exitCode());
        String[] lines = r.out().strip().split("\\R");
        assertEquals(5, lines.length, r.out());
        assertEquals(2, JSON.readTree(lines[0]).get("line").asInt());
        assertTrue(JSON.readTree(lines[1]).has("error"), lines[1]);
        assertEquals("outside", JSON.readTree(lines[2]).get("status").asText());
        assertTrue(JSON.readTree(lines[3]).has("error"), lines[3]);
        assertEquals(6, JSON.readTree(lines[4]).get("line").asInt());
        assertTrue(r.err().contains(csv + ":3:") && r.err().contains(csv + ":5:"), r.err());
    }

    @Test
    void zones_writesAFeatureCollectionWithTheDocumentedProperties() throws Exception {
        Path out = home.resolve("out/zones.geojson");
        CliHarness.Run r = run("zones", "--date", "2024-11-30", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode fc = JSON.readTree(out.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertTrue(fc.get("features").size() >= 1);
        for (JsonNode f : fc.get("features")) {
            JsonNode p = f.get("properties");
            for (String key : new String[] {"faction", "status", "since", "area_km2", "localities"}) {
                assertTrue(p.has(key), key + " in " + p);
            }
            assertTrue(f.get("geometry").get("type").asText().endsWith("Polygon"));
        }
    }

    @Test
    void diff_json_givesGainedAndLostPerFaction() throws Exception {
        CliHarness.Run r = run("diff", "--from", "2024-11-26", "--to", "2024-12-10", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = JSON.readTree(r.out());
        double net = 0;
        for (JsonNode f : o.get("factions")) {
            assertTrue(f.has("gained_km2") && f.has("lost_km2"), f.toString());
            net += f.get("net_km2").asDouble();
        }
        assertTrue(o.get("factions").size() >= 1);
        assertTrue(Math.abs(net) < 1, "held area only moves between factions (or to and from no data): " + net);
    }

    @Test
    void diff_out_writesTheGainedAndLostPolygons() throws Exception {
        Path out = home.resolve("diff.geojson");
        CliHarness.Run r = run("diff", "--from", "2024-11-26", "--to", "2024-12-10", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode fc = JSON.readTree(out.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        for (JsonNode f : fc.get("features")) {
            assertTrue(f.get("properties").get("change").asText().matches("gained|lost"), f.get("properties").toString());
        }
    }

    @Test
    void controlAt_batch_missingFile_saysWhichAndFails() {
        CliHarness.Run r = run("control-at", "--points", home.resolve("nope.csv").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("nope.csv"), r.err());
    }

    @Test
    void controlAt_text_atNoonOfTheDayAleppoFell_stillGovernment() {
        // a bare-date capture counts from the end of that day: at noon on 30 November Aleppo is still GOV
        CliHarness.Run r = run("control-at", "--date", "2024-11-30", "--time", "12:00", "36.2", "37.16");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("2024-11-30T12:00 36.20000,37.16000  GOV since "), r.out());
        assertTrue(r.out().contains(" since ") && r.out().contains("decided by "), r.out());
    }

    @Test
    void zones_withoutOut_printsGeoJsonToStandardOutput() throws Exception {
        CliHarness.Run r = run("zones", "--date", "2024-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("FeatureCollection", JSON.readTree(r.out()).get("type").asText());
    }
}
