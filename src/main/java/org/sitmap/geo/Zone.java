package org.sitmap.geo;

import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A piece of the mapped area under one state of control at one instant.
 *
 * @param faction     holder's faction id; null for {@link ZoneStatus#NO_DATA}
 * @param contestedBy attacker for {@link ZoneStatus#CONTESTED}, else null
 * @param status      held, contested or no data
 * @param geometry    polygonal geometry in lon/lat degrees (x = longitude, y = latitude)
 * @param areaKm2     area in km², computed in an equal-area projection
 * @param since       earliest instant since which all of this zone's localities have had this state; null for no data
 * @param localityIds the localities whose cells make up the zone
 */
public record Zone(String faction, String contestedBy, ZoneStatus status, Geometry geometry, double areaKm2,
                   Instant since, List<String> localityIds) {
    public Zone {
        localityIds = List.copyOf(localityIds);
    }
}
