package org.sitmap.ui.map;

import java.time.Instant;
import java.util.Arrays;
import java.util.TreeSet;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Succession;

/**
 * One place's holder and contested flag over time, as the runs between the instants where they can change (its own
 * changes, and the successions that transfer holdings after its first change), so a step of the slider reads them by
 * binary search instead of asking the timeline, which allocates and follows successions for each of thousands of
 * places at every step (a fifth of a random jump's FX time at scale 100). Immutable.
 */
final class PlaceStates {
    private final Instant[] from;
    private final String[] holder;
    private final boolean[] contested;

    /** The runs of {@code placeId} in {@code timeline}: {@link ControlTimeline#stateAt} at each instant it can change. */
    PlaceStates(ControlTimeline timeline, String placeId) {
        TreeSet<Instant> breaks = new TreeSet<>();
        for (ControlChange c : timeline.history(placeId)) breaks.add(c.when().instant());
        if (!breaks.isEmpty()) {
            Instant first = breaks.first();
            for (Succession s : timeline.transfers()) {
                if (!s.when().instant().isBefore(first)) breaks.add(s.when().instant());
            }
        }
        from = breaks.toArray(Instant[]::new);
        holder = new String[from.length];
        contested = new boolean[from.length];
        for (int i = 0; i < from.length; i++) {
            ControlState s = timeline.stateAt(placeId, from[i]).orElseThrow();
            holder[i] = s.holder();
            contested[i] = s.contested();
        }
    }

    /** The run in force at {@code at}, or -1 before the place's first change. */
    int runAt(Instant at) {
        int i = Arrays.binarySearch(from, at);
        return i >= 0 ? i : -i - 2;
    }

    /** The holder in run {@code run} ({@link #runAt}), null for -1. */
    String holder(int run) {
        return run < 0 ? null : holder[run];
    }

    /** Whether the place is contested in run {@code run}, false for -1. */
    boolean contested(int run) {
        return run >= 0 && contested[run];
    }
}
