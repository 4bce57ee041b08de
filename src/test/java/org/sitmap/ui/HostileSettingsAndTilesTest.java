package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitmap.basemap.MbtilesTileSource;
import org.sitmap.basemap.TileKey;
import org.sitmap.platform.Settings;

/**
 * The settings file and a user's MBTiles tile set from the bad-input corpus ({@code bad-input/settings},
 * {@code bad-input/mbtiles}): a damaged settings file gives the defaults for what it spoils, never a failure or a
 * window off every screen; a tile set that is not one is refused with a message naming the file.
 */
class HostileSettingsAndTilesTest {
    @TempDir
    Path dir;

    private Path copy(String resource, Path target) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bad-input/" + resource)) {
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary-garbage", "bad-unicode-escape", "huge-numbers", "nan-and-infinity", "negative-sizes",
            "lat-out-of-range", "words-for-numbers", "bad-instant", "unknown-theme", "empty", "truncated-escape"})
    void damagedSettings_giveSaneValues(String name) throws Exception {
        copy("settings/" + name + ".properties", dir.resolve("settings.properties"));
        Preferences p = Preferences.from(Settings.load(dir));
        Preferences d = Preferences.DEFAULTS;
        assertTrue(p.window().width() >= 320 && p.window().width() <= 1e5, "width " + p.window().width());
        assertTrue(p.window().height() >= 240 && p.window().height() <= 1e5, "height " + p.window().height());
        assertTrue(Double.isNaN(p.window().x()) || Math.abs(p.window().x()) <= 1e5, "x " + p.window().x());
        assertTrue(Math.abs(p.centre().lat()) <= 85 && Math.abs(p.centre().lon()) <= 180, "centre " + p.centre());
        assertTrue(p.zoom() >= d.zoom() - 20 && Double.isFinite(p.zoom()), "zoom " + p.zoom());
        assertTrue(p.mapDivider() > 0 && p.mapDivider() < 1, "divider " + p.mapDivider());
        assertTrue(!p.eventWindow().isNegative() && !p.eventWindow().isZero() && p.eventWindow().toDays() <= 3660,
                "event window " + p.eventWindow());
        assertTrue(org.sitmap.ui.timeline.TimelineViewModel.SPEEDS.contains(p.speed()), "speed " + p.speed());
        if (!name.equals("empty")) assertEquals(d.theme(), p.theme(), "an unknown theme is the default one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "binary-garbage", "text-file", "no-tiles-table", "truncated"})
    void aFileThatIsNotATileSet_isRefusedNamingIt(String name) throws Exception {
        Path file = copy("mbtiles/" + name + ".mbtiles", dir.resolve("chosen").resolve(name + ".mbtiles"));
        IOException e = assertThrows(IOException.class, () -> {
            try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
                for (int x = 0; x < 200; x++) source.tile(new TileKey(5, x, 0)); // a damaged page may only show on reading
            }
        });
        assertTrue(e.getMessage().contains(name + ".mbtiles"), e.getMessage());
    }
}
