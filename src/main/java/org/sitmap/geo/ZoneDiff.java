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
public record ZoneDiff(Instant from, Instant to, List<FactionChange> factions, List<Passed> successions) {
    public ZoneDiff {
        factions = List.copyOf(factions);
        successions = List.copyOf(successions);
    }

    /** A diff across no faction succession. */
    public ZoneDiff(Instant from, Instant to, List<FactionChange> factions) {
        this(from, to, factions, List.of());
    }

    /**
     * Area that passed from a faction to its successor through faction successions (HTS folded into the transitional
     * government's army), not by fighting: the faction changes do not count it as lost or gained.
     *
     * @param from    the holder at the earlier instant
     * @param to      its successor at the later instant
     * @param areaKm2 the area held by {@code from} then and by {@code to} now
     * @param via     the successions, in time order
     */
    public record Passed(String from, String to, double areaKm2, List<org.sitmap.domain.Succession> via) {
        public Passed {
            via = List.copyOf(via);
        }
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
