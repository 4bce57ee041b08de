package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.platform.Settings;

class BaseMapChoiceTest {
    @TempDir
    Path dir;

    @Test
    void noSetting_meansOffline() {
        assertEquals(BaseMapChoice.OFFLINE, BaseMapChoice.from(Settings.load(dir)));
        assertFalse(BaseMapChoice.OFFLINE.online());
    }

    @ParameterizedTest
    @CsvSource({"OPENSTREETMAP,", "MBTILES,/data/imagery.mbtiles", "XYZ,https://tiles.example.org/{z}/{x}/{y}.png"})
    void storeThenRead_givesTheSameChoice(BaseMapChoice.Kind kind, String location) {
        Settings settings = Settings.load(dir);
        BaseMapChoice choice = new BaseMapChoice(kind, location);
        choice.storeIn(settings);
        assertEquals(choice, BaseMapChoice.from(settings));
    }

    @Test
    void xyzWithoutTemplate_fallsBackToOffline() {
        Settings settings = Settings.load(dir);
        settings.put(Settings.BASEMAP, "xyz");
        assertEquals(BaseMapChoice.OFFLINE, BaseMapChoice.from(settings));
    }

    @Test
    void templateWithoutPlaceholders_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new XyzTileSource("https://example.org/tile.png", "x"));
    }

    @Test
    void osmSource_sendsTheRequiredCreditAndAUserAgent() {
        XyzTileSource osm = XyzTileSource.openStreetMap();
        assertTrue(osm.attribution().contains("OpenStreetMap contributors"));
        assertTrue(XyzTileSource.USER_AGENT.startsWith("Sitmap/"));
        assertEquals("https://tile.openstreetmap.org/9/308/201.png", osm.uri(new TileKey(9, 308, 201)).toString());
    }
}
