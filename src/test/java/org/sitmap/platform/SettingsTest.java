package org.sitmap.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedValues_areReadBackByTheNextRun() {
        Settings s = Settings.load(dir);
        s.put(Settings.DIVIDER, 0.61);
        s.put(Settings.THEME, "dark");
        s.save();
        Settings again = Settings.load(dir);
        assertEquals(0.61, again.getDouble(Settings.DIVIDER).orElseThrow());
        assertEquals("dark", again.get(Settings.THEME, "light"));
    }

    @Test
    void unreadableFile_givesDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "window.width=\\u00zz broken");
        assertEquals("light", Settings.load(dir).get(Settings.THEME, "light"));
    }
}
