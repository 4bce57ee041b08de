package org.sitmap.geo;

import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * How control changed between two instants.
 *
 * @param from     earlier instant
 * @param to       later instant
 * @param factions one entry per faction that held ground at either instant
 */
public record ZoneDiff(Instant from, Instant to, List<FactionChange> factions) {
    public ZoneDiff {
        factions = List.copyOf(factions);
    }

    /**
     * One faction's gains and losses.
     *
     * @param faction   faction id
     * @param gainedKm2 area held at {@code to} and not at {@code from}
     * @param lostKm2   area held at {@code from} and not at {@code to}
     * @param gained    the gained polygons (lon/lat), possibly empty
     * @param lost      the lost polygons (lon/lat), possibly empty
     */
    public record FactionChange(String faction, double gainedKm2, double lostKm2, Geometry gained, Geometry lost) {
    }
}
