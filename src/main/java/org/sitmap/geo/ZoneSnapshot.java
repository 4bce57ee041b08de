package org.sitmap.geo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All zones at one instant: a partition of the mapped area. Immutable.
 *
 * @param at    the instant
 * @param zones the zones, at most one per (status, faction, contestedBy)
 */
public record ZoneSnapshot(Instant at, List<Zone> zones) {
    public ZoneSnapshot {
        zones = List.copyOf(zones);
    }

    /** Held area per faction in km² (contested zones count for their holder). */
    public Map<String, Double> areaByFaction() {
        Map<String, Double> out = new TreeMap<>();
        for (Zone z : zones) {
            if (z.faction() != null) out.merge(z.faction(), z.areaKm2(), Double::sum);
        }
        return out;
    }
}
