package org.sitmap.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Sitmap keeps its files: XDG base directories on Linux, the platform equivalents elsewhere. Immutable.
 *
 * @param data   database ({@code sitmap.db})
 * @param config settings
 * @param state  logs
 * @param cache  rendered tiles
 */
public record AppPaths(Path data, Path config, Path state, Path cache) {
    private static final String APP = "sitmap";

    /** Paths for this machine's user, honouring {@code XDG_*} variables and the {@code sitmap.home} property. */
    public static AppPaths forCurrentUser() {
        String override = System.getProperty("sitmap.home");
        if (override != null) {
            Path root = Path.of(override);
            return new AppPaths(root.resolve("data"), root.resolve("config"), root.resolve("state"), root.resolve("cache"));
        }
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AppPaths resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA")) : home.resolve("AppData/Roaming");
            Path local = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData/Local");
            return new AppPaths(roaming.resolve("Sitmap"), roaming.resolve("Sitmap"), local.resolve("Sitmap/logs"),
                    local.resolve("Sitmap/cache"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support/Sitmap");
            return new AppPaths(support, support, home.resolve("Library/Logs/Sitmap"), home.resolve("Library/Caches/Sitmap"));
        }
        return new AppPaths(xdg(env, "XDG_DATA_HOME", home, ".local/share"), xdg(env, "XDG_CONFIG_HOME", home, ".config"),
                xdg(env, "XDG_STATE_HOME", home, ".local/state"), xdg(env, "XDG_CACHE_HOME", home, ".cache"));
    }

    private static Path xdg(Map<String, String> env, String var, Path home, String fallback) {
        String v = env.get(var);
        // The XDG spec says relative values are invalid and must be ignored.
        Path base = v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : home.resolve(fallback);
        return base.resolve(APP);
    }

    public Path database() {
        return data.resolve("sitmap.db");
    }
}
