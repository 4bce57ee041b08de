package org.sitmap.ui.common;

import java.time.Instant;
import java.util.List;

/**
 * Which control changes have happened by an instant: between two instants with the same index, every zone, holder
 * and detail stays the same, so views can skip recomputing while the timeline plays within a quiet day. Pure.
 */
public final class ChangeIndex {
    private ChangeIndex() {
    }

    /** The index of the last change instant at or before {@code t} in the ascending {@code changes}, or -1. */
    public static int floor(List<Instant> changes, Instant t) {
        int lo = 0, hi = changes.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (changes.get(mid).isAfter(t)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }
}
