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

    /** The last dataset indexed and its index: the app shows one dataset at a time, and each step asks about it. */
    private static volatile Indexed last;

    private record Indexed(Dataset dataset, EventsByInstant index) {
    }

    /**
     * Events in {@code (now - window, now]} with a position, oldest first (events at the same instant in dataset
     * order). The dataset's events are indexed by instant on the first call for that dataset (compared by identity),
     * so a call costs a binary search plus the events it returns. Thread-safe.
     */
    public static List<Marked> within(Dataset d, Instant now, Duration window) {
        List<Marked> out = new ArrayList<>();
        if (d == null) return out;
        EventsByInstant index = index(d);
        int from = index.countUpTo(now.minus(window));
        int to = index.countUpTo(now);
        double span = Math.max(1, window.getSeconds());
        for (int i = from; i < to; i++) {
            double age = Duration.between(index.instant(i), now).getSeconds() / span;
            out.add(new Marked(index.event(i), index.position(i), age));
        }
        return out;
    }

    static EventsByInstant index(Dataset d) {
        Indexed i = last;
        if (i == null || i.dataset() != d) {
            i = new Indexed(d, new EventsByInstant(d));
            last = i;
        }
        return i.index();
    }

    /** Opacity of a marker of the given age: from 1 (now) down to 0.35 (window start). */
    public static double opacity(double age) {
        return 1 - 0.65 * Math.max(0, Math.min(1, age));
    }
}
