package org.sitmap.geo;

import java.time.Instant;
import java.util.List;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;

/**
 * Everything the map can say about one point at one instant, with the sourced changes behind it.
 *
 * @param point            the point asked about
 * @param at               the instant asked about
 * @param zone             the zone containing the point
 * @param faction          holder at the point, null when no data
 * @param contestedBy      attacker when contested, else null
 * @param since            instant since which the deciding locality has had this holder, null when no data
 * @param decidingLocality the locality whose cell contains the point, null when no data
 * @param localityHistory  the deciding locality's used control changes, in time order
 * @param zoneChanges      the used changes up to {@code at} of all the zone's localities, newest first
 * @param zonePopulation   summed known population of the zone's localities, null when none known
 */
public record PointDetails(GeoPoint point, Instant at, Zone zone, String faction, String contestedBy, Instant since,
                           Locality decidingLocality, List<ControlChange> localityHistory,
                           List<ControlChange> zoneChanges, Long zonePopulation) {
    public PointDetails {
        localityHistory = List.copyOf(localityHistory);
        zoneChanges = List.copyOf(zoneChanges);
    }
}
