package org.sitmap.ui.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitmap.domain.Event;

/**
 * The event list's items for every event that passes the filters: rows under day headings, in display order, built
 * once per change of filter, data, order or label language. The events up to an instant are a run of these items (the
 * first ones oldest first, the last ones newest first) in which only the heading of the cut's day differs (it counts
 * the events listed), so a step of the slider changes the list by the rows that crossed the instant. Immutable.
 */
final class EventRows {
    private final boolean newestFirst;
    private final Instant[] at;
    private final List<EventListItem> all;
    /** By event (index in time order): its row's position in {@link #all}, its day heading's, its day's first event, and its instant's first event. */
    private final int[] rowAt, headAt, dayFirst, sameFirst;
    private final Map<String, Integer> byId = new HashMap<>();

    /**
     * @param events      the matching events in time order (events of the same instant in dataset order)
     * @param place       an event's place name as the rows show it
     * @param newestFirst the order of days and of events within a day (events of the same instant keep their order)
     */
    EventRows(List<Event> events, Function<Event, String> place, boolean newestFirst) {
        this.newestFirst = newestFirst;
        int n = events.size();
        at = events.stream().map(e -> e.when().instant()).toArray(Instant[]::new);
        dayFirst = new int[n];
        sameFirst = new int[n];
        int[] dayEnd = new int[n];
        for (int i = 0; i < n; i++) {
            byId.putIfAbsent(events.get(i).id(), i);
            boolean sameDay = i > 0 && day(events, i).equals(day(events, i - 1));
            dayFirst[i] = sameDay ? dayFirst[i - 1] : i;
            sameFirst[i] = i > 0 && at[i].equals(at[i - 1]) ? sameFirst[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) dayEnd[i] = i + 1 < n && dayFirst[i + 1] == dayFirst[i] ? dayEnd[i + 1] : i + 1;
        int[] order = new int[n];
        if (newestFirst) {
            // instants newest first; events of one instant in their own order, as a stable sort on time would leave them
            int o = 0;
            for (int end = n; end > 0; end = sameFirst[end - 1]) {
                for (int i = sameFirst[end - 1]; i < end; i++) order[o++] = i;
            }
        } else {
            Arrays.setAll(order, i -> i);
        }
        rowAt = new int[n];
        headAt = new int[n];
        List<EventListItem> items = new ArrayList<>(n + n / 4 + 1);
        int heading = -1, headingDay = -1;
        for (int i : order) {
            if (dayFirst[i] != headingDay) {
                headingDay = dayFirst[i];
                heading = items.size();
                items.add(new EventListItem.Day(day(events, i), dayEnd[i] - dayFirst[i]));
            }
            headAt[i] = heading;
            rowAt[i] = items.size();
            items.add(new EventListItem.Row(events.get(i), place.apply(events.get(i))));
        }
        all = List.copyOf(items);
    }

    private static LocalDate day(List<Event> events, int i) {
        return events.get(i).when().date();
    }

    /** Number of matching events. */
    int size() {
        return at.length;
    }

    /** How many matching events happen at or before {@code now}. */
    int countUpTo(Instant now) {
        int i = Arrays.binarySearch(at, now);
        if (i < 0) return -i - 1;
        while (i < at.length && !at[i].isAfter(now)) i++;  // past every event at exactly now
        return i;
    }

    /** The items listing the first {@code k} events (in time order); {@code k} must not split the events of one instant. */
    View upTo(int k) {
        if (k <= 0) return new View(this, 0, 0, 0, -1, null);
        EventListItem.Day head = new EventListItem.Day(((EventListItem.Day) all.get(headAt[k - 1])).date(), k - dayFirst[k - 1]);
        // newest first: the cut day's heading, then from the newest listed event's row to the end
        if (newestFirst) return new View(this, k, rowAt[sameFirst[k - 1]], all.size(), -1, head);
        return new View(this, k, 0, rowAt[k - 1] + 1, headAt[k - 1], head);
    }

    /** The position in {@code view} of the event with this id, or -1 when it is not listed there. */
    int indexOf(View view, String eventId) {
        Integer i = byId.get(eventId);
        if (view.rows != this || i == null || i >= view.count) return -1;
        return view.headAt < 0 ? rowAt[i] - view.from + 1 : rowAt[i];
    }

    /**
     * The items listing a prefix of the events: {@code all[from, to)}, either led by the cut day's heading (newest
     * first, {@code headAt} -1) or with the item at {@code headAt} replaced by it (oldest first). Immutable.
     */
    static final class View extends AbstractList<EventListItem> {
        static final View EMPTY = new View(null, 0, 0, 0, -1, null);
        final EventRows rows;
        final int count, from, to, headAt;
        final EventListItem.Day head;

        private View(EventRows rows, int count, int from, int to, int headAt, EventListItem.Day head) {
            this.rows = rows;
            this.count = count;
            this.from = from;
            this.to = to;
            this.headAt = headAt;
            this.head = head;
        }

        /** This view with another heading for the cut day (the list between two reported changes). */
        View withHead(EventListItem.Day other) {
            return new View(rows, count, from, to, headAt, other);
        }

        /** Whether the cut day's heading leads the list (newest first). */
        boolean led() {
            return head != null && headAt < 0;
        }

        @Override
        public EventListItem get(int i) {
            if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
            if (led()) return i == 0 ? head : rows.all.get(from + i - 1);
            return i == headAt ? head : rows.all.get(from + i);
        }

        @Override
        public int size() {
            return (led() ? 1 : 0) + to - from;
        }

        /** The item of the full list at {@code i} (for the rows a step adds or removes). */
        EventListItem full(int i) {
            return rows.all.get(i);
        }
    }
}
