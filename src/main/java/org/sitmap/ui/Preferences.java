package org.sitmap.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sitmap.domain.GeoPoint;
import org.sitmap.platform.Settings;
import org.sitmap.ui.map.MapPane;
import org.sitmap.ui.timeline.TimelineViewModel;

/**
 * Everything the window remembers between runs, typed, with its defaults in one place ({@link #DEFAULTS}). Read from
 * and written to the {@link Settings} file; a missing or unreadable value gives its default. Immutable.
 *
 * @param window      position and size of the window (x and y NaN: let the system place it)
 * @param mapDivider  share of the width the map takes, 0..1
 * @param sideDivider share of the side panel's height the event list takes, 0..1
 * @param instant     the instant last looked at, or null (then the data's first day)
 * @param centre      the map's centre
 * @param zoom        the map's zoom
 * @param theme       light or dark
 * @param arabic      place names in Arabic
 * @param showEvents  event markers shown
 * @param showPlaces  locality dots and names shown
 * @param eventWindow how far back event markers reach
 * @param speed       days per second when playing, one of {@link TimelineViewModel#SPEEDS}
 * @param legendOpen  the legend expanded (else collapsed to its title)
 */
public record Preferences(WindowBounds window, double mapDivider, double sideDivider, Instant instant, GeoPoint centre,
                          double zoom, Theme theme, boolean arabic, boolean showEvents, boolean showPlaces,
                          Duration eventWindow, double speed, boolean legendOpen) {
    /** The window's place on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static final Preferences DEFAULTS = new Preferences(new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false),
            0.70, 0.58, null, MapPane.FIRST_RUN_CENTRE, MapPane.FIRST_RUN_ZOOM, Theme.LIGHT, false, true, true,
            Duration.ofHours(24), 1, true);
    private static final String RIGHT_DIVIDER = "window.rightDivider", EVENT_WINDOW_HOURS = "map.eventWindowHours",
            SHOW_EVENTS = "map.showEvents", SHOW_LOCALITIES = "map.showLocalities", SPEED = "timeline.speed",
            LEGEND_OPEN = "map.legendOpen";

    /** The preferences saved in {@code s}, each missing or out-of-range value replaced by its default. */
    public static Preferences from(Settings s) {
        Preferences d = DEFAULTS;
        WindowBounds w = new WindowBounds(num(s, Settings.WINDOW_X, d.window.x()), num(s, Settings.WINDOW_Y, d.window.y()),
                num(s, Settings.WINDOW_W, d.window.width()), num(s, Settings.WINDOW_H, d.window.height()),
                bool(s, Settings.WINDOW_MAXIMIZED, d.window.maximized()));
        double lat = num(s, Settings.MAP_LAT, d.centre.lat()), lon = num(s, Settings.MAP_LON, d.centre.lon());
        double zoom = num(s, Settings.MAP_ZOOM, d.zoom);
        boolean mapOk = Math.abs(lat) <= 85 && Math.abs(lon) <= 180 && zoom >= MapPane.MIN_ZOOM && zoom <= MapPane.MAX_ZOOM;
        double speed = num(s, SPEED, d.speed);
        return new Preferences(w, share(num(s, Settings.DIVIDER, d.mapDivider), d.mapDivider),
                share(num(s, RIGHT_DIVIDER, d.sideDivider), d.sideDivider), instant(s.get(Settings.LAST_INSTANT, "")),
                mapOk ? new GeoPoint(lat, lon) : d.centre, mapOk ? zoom : d.zoom,
                Theme.parse(s.get(Settings.THEME, "light")), "ar".equals(s.get(Settings.LABELS, "en")),
                bool(s, SHOW_EVENTS, d.showEvents), bool(s, SHOW_LOCALITIES, d.showPlaces),
                Duration.ofHours((long) num(s, EVENT_WINDOW_HOURS, d.eventWindow.toHours())),
                TimelineViewModel.SPEEDS.contains(speed) ? speed : d.speed, bool(s, LEGEND_OPEN, d.legendOpen));
    }

    /** Writes these preferences into {@code s} (the caller saves the file). */
    public void writeTo(Settings s) {
        s.put(Settings.WINDOW_MAXIMIZED, Boolean.toString(window.maximized()));
        if (!Double.isNaN(window.x())) s.put(Settings.WINDOW_X, window.x());
        if (!Double.isNaN(window.y())) s.put(Settings.WINDOW_Y, window.y());
        s.put(Settings.WINDOW_W, window.width());
        s.put(Settings.WINDOW_H, window.height());
        s.put(Settings.DIVIDER, mapDivider);
        s.put(RIGHT_DIVIDER, sideDivider);
        if (instant != null) s.put(Settings.LAST_INSTANT, instant.toString());
        s.put(Settings.MAP_LAT, centre.lat());
        s.put(Settings.MAP_LON, centre.lon());
        s.put(Settings.MAP_ZOOM, zoom);
        s.put(Settings.THEME, theme.name().toLowerCase(Locale.ROOT));
        s.put(Settings.LABELS, arabic ? "ar" : "en");
        s.put(SHOW_EVENTS, Boolean.toString(showEvents));
        s.put(SHOW_LOCALITIES, Boolean.toString(showPlaces));
        s.put(EVENT_WINDOW_HOURS, eventWindow.toHours());
        s.put(SPEED, speed);
        s.put(LEGEND_OPEN, Boolean.toString(legendOpen));
    }

    private static double num(Settings s, String key, double fallback) {
        OptionalDouble v = s.getDouble(key);
        return v.isPresent() && Double.isFinite(v.getAsDouble()) ? v.getAsDouble() : fallback;
    }

    private static boolean bool(Settings s, String key, boolean fallback) {
        return Boolean.parseBoolean(s.get(key, Boolean.toString(fallback)));
    }

    private static double share(double v, double fallback) {
        return v > 0.05 && v < 0.95 ? v : fallback;
    }

    private static Instant instant(String s) {
        try {
            return s.isEmpty() ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
