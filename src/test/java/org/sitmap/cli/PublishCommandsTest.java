package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
