package org.sitmap.ui.map;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;

/** Which events the map marks: those with a place, in a window ending at the current instant. Pure functions. */
public final class RecentEvents {
    private RecentEvents() {
    }

    /**
     * A marked event.
     *
     * @param event the event
     * @param at    where it is marked
     * @param age   0 for an event at the current instant, 1 at the window's start
     */
    public record Marked(Event event, GeoPoint at, double age) {
    }

    /** Events in {@code (now - window, now]} with a position, oldest first. */
    public static List<Marked> within(Dataset d, Instant now, Duration window) {
        List<Marked> out = new ArrayList<>();
        if (d == null) return out;
        Instant start = now.minus(window);
        for (Event e : d.events()) {
            Instant t = e.when().instant();
            if (!t.isAfter(start) || t.isAfter(now)) continue;
            GeoPoint p = d.position(e).orElse(null);
            if (p == null) continue;
            double age = Duration.between(t, now).getSeconds() / (double) Math.max(1, window.getSeconds());
            out.add(new Marked(e, p, age));
        }
        return out;
    }

    /** Opacity of a marker of the given age: from 1 (now) down to 0.35 (window start). */
    public static double opacity(double age) {
        return 1 - 0.65 * Math.max(0, Math.min(1, age));
    }
}
