package org.sitmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneSnapshot;

/**
 * A snapshot as a GeoJSON FeatureCollection (RFC 7946: lon/lat, counter-clockwise shells, 6 decimals), one feature
 * per zone with {@code faction}, {@code contested_by}, {@code status}, {@code since}, {@code area_km2} and
 * {@code localities}.
 */
final class ZonesGeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ZonesGeoJson() {
    }

    static ObjectNode of(ZoneSnapshot snapshot, java.time.Instant asked) {
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        fc.put("date", Instants.format(asked));
        fc.put("snapshot", snapshot.at().equals(java.time.Instant.MIN) ? null : Instants.format(snapshot.at()));
        ArrayNode features = fc.putArray("features");
        for (Zone z : snapshot.zones()) {
            ObjectNode f = features.addObject().put("type", "Feature");
            ObjectNode p = f.putObject("properties");
            p.put("faction", z.faction());
            p.put("contested_by", z.contestedBy());
            p.put("status", z.status().name().toLowerCase(Locale.ROOT));
            p.put("since", Instants.format(z.since()));
            p.put("area_km2", Math.round(z.areaKm2() * 100) / 100.0);
            ArrayNode ids = p.putArray("localities");
            z.localityIds().forEach(ids::add);
            f.set("geometry", geometry(z.geometry()));
        }
        return fc;
    }

    /** A Polygon or MultiPolygon geometry object. */
    static ObjectNode geometry(Geometry g) {
        ObjectNode o = JSON.createObjectNode();
        if (g instanceof Polygon p) {
            o.put("type", "Polygon");
            polygon(o.putArray("coordinates"), p);
            return o;
        }
        o.put("type", "MultiPolygon");
        ArrayNode polys = o.putArray("coordinates");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polygon(polys.addArray(), p);
        }
        return o;
    }

    private static void polygon(ArrayNode rings, Polygon p) {
        ring(rings.addArray(), p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) ring(rings.addArray(), p.getInteriorRingN(i), false);
    }

    private static void ring(ArrayNode out, LinearRing ring, boolean ccw) {
        Coordinate[] cs = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(cs) != ccw;
        for (int k = 0; k < cs.length; k++) {
            Coordinate c = cs[reverse ? cs.length - 1 - k : k];
            out.addArray().add(round(c.x)).add(round(c.y));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
