package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.GeoPoint;
import org.sitmap.platform.Settings;

class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void anEmptySettingsFile_givesTheDefaults() {
        assertEquals(Preferences.DEFAULTS, Preferences.from(Settings.load(dir)));
    }

    @Test
    void preferencesWrittenAndSaved_readBackEqual() {
        Preferences p = new Preferences(new Preferences.WindowBounds(10, 20, 1024, 700, false), 0.6, 0.5,
                Instant.parse("2024-11-30T20:59:59Z"), new GeoPoint(36.2, 37.1), 11.5, Theme.DARK, true, false, true,
                Duration.ofDays(3), 5, false);
        Settings s = Settings.load(dir);
        p.writeTo(s);
        s.save();
        assertEquals(p, Preferences.from(Settings.load(dir)));
    }

    @Test
    void outOfRangeValues_fallBackToTheirDefaults() {
        Settings s = Settings.load(dir);
        s.put("timeline.speed", 3);
        s.put(Settings.MAP_ZOOM, 40);
        s.put(Settings.DIVIDER, 1.5);
        s.put(Settings.LAST_INSTANT, "yesterday");
        Preferences p = Preferences.from(s);
        assertEquals(Preferences.DEFAULTS.speed(), p.speed());
        assertEquals(Preferences.DEFAULTS.zoom(), p.zoom());
        assertEquals(Preferences.DEFAULTS.centre(), p.centre());
        assertEquals(Preferences.DEFAULTS.mapDivider(), p.mapDivider());
        assertEquals(null, p.instant());
    }
}
