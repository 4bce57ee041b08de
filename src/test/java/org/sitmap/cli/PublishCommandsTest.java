package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render, chart, animate and dossier through the command line, with a throw-away database. */
class PublishCommandsTest {
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
    void render_writesAnImageOfTheAskedSize_andSourcesCsvBesideIt() throws Exception {
        Path png = home.resolve("maps/aleppo.png");
        CliHarness.Run r = run("render", "--date", "2024-11-30", "--out", png.toString(), "--width", "800",
                "--height", "450", "--bbox", "36.9,36.0,37.4,36.4", "--theme", "dark", "--lang", "ar");
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
        assertTrue(Files.readAllLines(home.resolve("maps/sources.csv")).size() > 1);
        assertTrue(r.out().contains("sources.csv"), r.out());
    }

    @Test
    void render_toAnUnknownFormat_isAUsageErrorNamingTheFile() {
        CliHarness.Run r = run("render", "--date", "2024-11-30", "--out", home.resolve("map.jpg").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("map.jpg"), r.err());
    }

    @Test
    void render_withABadBbox_isAUsageError() {
        CliHarness.Run r = run("render", "--date", "2024-11-30", "--out", home.resolve("m.png").toString(),
                "--bbox", "37,36,36,37");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--bbox"), r.err());
    }

    @Test
    void chartCsv_agreesWithDiff_toTheKm2() throws Exception {
        Path csv = home.resolve("area.csv");
        CliHarness.Run r = run("chart", "--from", "2024-11-26", "--to", "2024-12-10", "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(16, lines.size(), "a header and 15 days");
        String[] header = lines.get(0).split(",");
        String[] first = lines.get(1).split(","), last = lines.get(15).split(",");
        assertEquals("2024-11-26", first[0]);
        assertEquals("2024-12-10", last[0]);

        CliHarness.Run d = run("diff", "--from", "2024-11-26", "--to", "2024-12-10", "--json");
        assertEquals(0, d.exitCode(), d.err());
        JsonNode factions = new ObjectMapper().readTree(d.out()).get("factions");
        assertTrue(factions.size() >= 4, d.out());
        JsonNode passed = new ObjectMapper().readTree(d.out()).get("successions");
        assertTrue(passed.size() >= 1, "GOV's collapse on 8 December passes its area on: " + d.out());
        for (JsonNode f : factions) {
            String id = f.get("faction").asText();
            int col = List.of(header).indexOf(id + "_km2");
            double before = col < 0 ? 0 : Double.parseDouble(first[col]), after = col < 0 ? 0 : Double.parseDouble(last[col]);
            double bySuccession = 0;  // the chart's columns move with it; the diff calls it neither a gain nor a loss
            for (JsonNode p : passed) {
                if (p.get("to").asText().equals(id)) bySuccession += p.get("area_km2").asDouble();
                if (p.get("from").asText().equals(id)) bySuccession -= p.get("area_km2").asDouble();
            }
            assertEquals(f.get("net_km2").asDouble() + bySuccession, after - before, 1.0, f.toString());
        }
    }

    @Test
    void chart_asPngAndSvg_drawsTheChart() throws Exception {
        Path png = home.resolve("area.png"), svg = home.resolve("area.svg");
        assertEquals(0, run("chart", "--from", "2024-11-26", "--to", "2024-12-15", "--out", png.toString()).exitCode());
        assertEquals(1600, ImageIO.read(png.toFile()).getWidth());
        assertEquals(0, run("chart", "--from", "2024-11-26", "--to", "2024-12-15", "--out", svg.toString()).exitCode());
        String doc = Files.readString(svg);
        assertTrue(doc.contains("Km² held per faction"), "title as text");
        assertTrue(doc.contains("events/day"), "histogram labelled");
    }

    @Test
    void animate_writesAGifWithOneFramePerStep() throws Exception {
        Path gif = home.resolve("replay.gif");
        CliHarness.Run r = run("animate", "--from", "2024-11-29", "--to", "2024-11-30", "--step", "12h", "--fps", "2",
                "--out", gif.toString(), "--width", "320", "--height", "180");
        assertEquals(0, r.exitCode(), r.err());
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
        } finally {
            reader.dispose();
        }
        assertTrue(Files.exists(home.resolve("sources.csv")));
    }

    @Test
    void animate_withAStepThatIsNotHoursOrDays_isAUsageError() {
        CliHarness.Run r = run("animate", "--from", "2024-11-29", "--to", "2024-11-30", "--step", "3w",
                "--out", home.resolve("r.gif").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--step"), r.err());
    }

    @Test
    void dossier_findsThePlaceByItsCommonSpelling_andWritesAPdf() throws Exception {
        Path pdf = home.resolve("tal-rifaat.pdf");
        CliHarness.Run r = run("dossier", "--place", "Tal Rifaat", "--out", pdf.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("gn163476"), r.out());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void dossier_forAnUnknownPlace_isAUsageErrorSayingSo() {
        CliHarness.Run r = run("dossier", "--place", "Atlantis", "--out", home.resolve("x.pdf").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no place named 'Atlantis'"), r.err());
    }
}
