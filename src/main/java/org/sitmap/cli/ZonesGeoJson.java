package org.sitmap.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.io.geojson.GeoJsonFeatureWriter;

/**
 * A snapshot as a GeoJSON FeatureCollection (RFC 7946: lon/lat, counter-clockwise shells, 6 decimals), one feature
 * per zone with {@code faction}, {@code contested_by}, {@code status}, {@code since}, {@code area_km2} and
 * {@code localities}.
 */
final class ZonesGeoJson {
    private ZonesGeoJson() {
    }

    static ObjectNode of(ZoneSnapshot snapshot, java.time.Instant asked) {
        GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(6);
        ObjectNode fc = writer.collection(members -> members.put("date", Instants.format(asked))
                .put("snapshot", snapshot.at().equals(java.time.Instant.MIN) ? null : Instants.format(snapshot.at())));
        for (Zone z : snapshot.zones()) {
            ObjectNode p = writer.addFeature(fc, z.geometry());
            p.put("faction", z.faction());
            p.put("contested_by", z.contestedBy());
            p.put("status", z.status().name().toLowerCase(Locale.ROOT));
            p.put("since", Instants.format(z.since()));
            p.put("area_km2", Math.round(z.areaKm2() * 100) / 100.0);
            ArrayNode ids = p.putArray("localities");
            z.localityIds().forEach(ids::add);
        }
        return fc;
    }
}
