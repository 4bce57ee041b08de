package org.sitmap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User settings kept in {@code settings.properties} in the config directory: window geometry, divider, last viewed
 * instant, theme, label language, base-map source. Saved atomically (write then rename) so a crash never leaves a
 * half-written file. Thread-safe.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    public static final String WINDOW_X = "window.x", WINDOW_Y = "window.y", WINDOW_W = "window.width",
            WINDOW_H = "window.height", WINDOW_MAXIMIZED = "window.maximized", DIVIDER = "window.divider",
            LAST_INSTANT = "timeline.instant", THEME = "view.theme", LABELS = "view.labels",
            BASEMAP = "basemap.source", BASEMAP_MBTILES = "basemap.mbtiles", BASEMAP_XYZ = "basemap.xyz",
            MAP_LAT = "map.lat", MAP_LON = "map.lon", MAP_ZOOM = "map.zoom";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Loads the settings file in {@code configDir}; a missing or unreadable file gives defaults. */
    public static Settings load(Path configDir) {
        Settings s = new Settings(configDir.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable settings file {}", s.file, e);
            }
        }
        return s;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized OptionalDouble getDouble(String key) {
        String v = values.getProperty(key);
        if (v == null) return OptionalDouble.empty();
        try {
            return OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public synchronized void put(String key, String value) {
        if (value == null) values.remove(key);
        else values.setProperty(key, value);
    }

    public void put(String key, double value) {
        put(key, Double.toString(value));
    }

    /** Writes the settings file atomically; failures are logged, never thrown (settings are a convenience). */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Sitmap settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }

    public Path file() {
        return file;
    }
}
