package org.sitmap.interop;

import java.time.Instant;
import java.util.List;
import org.sitmap.geo.Zone;

/**
 * The zones valid over one interval: from a change instant until the next (or the export's end).
 *
 * @param validFrom first instant the zones hold
 * @param validTo   first instant they no longer hold, or null when open-ended
 * @param zones     the zones, a partition of the mapped area
 */
public record DatedSnapshot(Instant validFrom, Instant validTo, List<Zone> zones) {
    public DatedSnapshot {
        zones = List.copyOf(zones);
    }
}
