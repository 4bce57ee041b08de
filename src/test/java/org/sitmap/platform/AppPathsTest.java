package org.sitmap.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void linux_withXdgDataHome_usesIt() {
        AppPaths p = AppPaths.resolve(Map.of("XDG_DATA_HOME", "/xdg/data"), "Linux", home);
        assertEquals(Path.of("/xdg/data/sitmap/sitmap.db"), p.database());
    }

    @Test
    void linux_withoutXdg_usesLocalShare() {
        AppPaths p = AppPaths.resolve(Map.of(), "Linux", home);
        assertEquals(Path.of("/home/ana/.local/share/sitmap/sitmap.db"), p.database());
        assertEquals(Path.of("/home/ana/.config/sitmap"), p.config());
        assertEquals(Path.of("/home/ana/.cache/sitmap"), p.cache());
    }

    @Test
    void linux_relativeXdg_isIgnoredAsTheSpecSays() {
        AppPaths p = AppPaths.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", home);
        assertEquals(Path.of("/home/ana/.local/share/sitmap"), p.data());
    }

    @Test
    void windows_usesAppData() {
        AppPaths p = AppPaths.resolve(Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11", home);
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming/Sitmap/sitmap.db"), p.database());
    }
}
