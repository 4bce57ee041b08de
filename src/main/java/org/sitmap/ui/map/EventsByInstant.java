package org.sitmap.ui.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;

/**
 * A dataset's placed events (those with a position) sorted by instant, with the instants as an array, so the events
 * in a time window are found by binary search instead of a scan of every event. Built once per dataset; immutable and
 * thread-safe.
 */
final class EventsByInstant {
    private final Event[] events;
    private final GeoPoint[] positions;
    private final long[] seconds;
    private final int[] nanos;

    /** Indexes {@code d}'s events that have a position; events at the same instant keep the dataset's order. */
    EventsByInstant(Dataset d) {
        List<Event> placed = new ArrayList<>();
        List<GeoPoint> at = new ArrayList<>();
        for (Event e : d.events()) {
            GeoPoint p = d.position(e).orElse(null);
            if (p == null) continue;
            placed.add(e);
            at.add(p);
        }
        Instant[] when = placed.stream().map(e -> e.when().instant()).toArray(Instant[]::new);
        Integer[] order = new Integer[when.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> when[a].compareTo(when[b]));  // stable: ties stay in dataset order
        events = new Event[order.length];
        positions = new GeoPoint[order.length];
        seconds = new long[order.length];
        nanos = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            events[i] = placed.get(order[i]);
            positions[i] = at.get(order[i]);
            seconds[i] = when[order[i]].getEpochSecond();
            nanos[i] = when[order[i]].getNano();
        }
    }

    int size() {
        return events.length;
    }

    Event event(int i) {
        return events[i];
    }

    GeoPoint position(int i) {
        return positions[i];
    }

    /** The instant of the {@code i}-th event. */
    Instant instant(int i) {
        return Instant.ofEpochSecond(seconds[i], nanos[i]);
    }

    /** How many indexed events happen at or before {@code t}: the index of the first one after it. */
    int countUpTo(Instant t) {
        long s = t.getEpochSecond();
        int n = t.getNano();
        int lo = 0, hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean after = seconds[mid] > s || (seconds[mid] == s && nanos[mid] > n);
            if (after) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
