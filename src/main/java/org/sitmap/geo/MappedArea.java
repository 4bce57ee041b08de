package org.sitmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.slf4j.LoggerFactory;

/** The area the zone engine partitions by default: Syria north of 34.6° N. */
public final class MappedArea {
    /** The southern edge of the mapped area, degrees north. */
    public static final double SOUTH_EDGE_LAT = 34.6;
    /** The base map's Syria (DCW outline cut to the GSHHG shore), bundled from {@code maps/countries.geojson}. */
    static final String BASE_MAP_COUNTRIES = "/sitmap/maps/countries.geojson";
    /** The base map's lakes and reservoirs: water is nobody's ground, so it is cut out of the mapped area. */
    static final String BASE_MAP_LAKES = "/sitmap/maps/lakes.geojson";
    /** Fallback: Natural Earth 1:10m, already cut at 34.6° N (see the README beside it). */
    private static final String NATURAL_EARTH = "syria-north.wkt";

    private static volatile Geometry northernSyria;

    private MappedArea() {
    }

    /**
     * Syria north of 34.6° N inside its national border, without its lakes (Lake Assad, Lake Qattinah...), as lon/lat
     * degrees (x = longitude): the base map's border when the jar carries it, else the Natural Earth outline. Each
     * call returns a new copy.
     */
    public static Geometry northernSyria() {
        Geometry g = northernSyria;
        if (g == null) {
            g = fromBaseMap();
            if (g == null) g = fromWkt(NATURAL_EARTH);
            northernSyria = g;
        }
        return g.copy();
    }

    /** The base map's Syria cut at 34.6° N, or null when the resource is missing or holds no Syria. */
    static Geometry fromBaseMap() {
        try (InputStream in = MappedArea.class.getResourceAsStream(BASE_MAP_COUNTRIES)) {
            if (in == null) return null;
            List<Polygon> polygons = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(in).path("features")) {
                if (!"Syria".equals(f.path("properties").path("name").asText())) continue;
                JsonNode geom = f.path("geometry");
                if ("Polygon".equals(geom.path("type").asText())) polygons.add(polygon(geom.path("coordinates")));
                else if ("MultiPolygon".equals(geom.path("type").asText())) {
                    for (JsonNode p : geom.path("coordinates")) polygons.add(polygon(p));
                }
            }
            if (polygons.isEmpty()) return null;
            Geometry syria = OverlayNGRobust.union(Geometries.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
            Geometry north = Geometries.FACTORY.toGeometry(new Envelope(30, 50, SOUTH_EDGE_LAT, 45));
            Geometry land = OverlayNGRobust.overlay(syria, north, OverlayNG.INTERSECTION);
            Geometry water = lakes();
            if (water != null) land = OverlayNGRobust.overlay(land, water, OverlayNG.DIFFERENCE);
            return Geometries.polygonal(land);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(MappedArea.class).warn("Cannot read the base map's border; using Natural Earth's", e);
            return null;
        }
    }

    /** The union of the base map's lake polygons (Lake Assad among them), or null when the resource is missing. */
    private static Geometry lakes() throws IOException {
        try (InputStream in = MappedArea.class.getResourceAsStream(BASE_MAP_LAKES)) {
            if (in == null) return null;
            List<Polygon> polygons = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(in).path("features")) {
                JsonNode geom = f.path("geometry");
                if ("Polygon".equals(geom.path("type").asText())) polygons.add(polygon(geom.path("coordinates")));
                else if ("MultiPolygon".equals(geom.path("type").asText())) {
                    for (JsonNode p : geom.path("coordinates")) polygons.add(polygon(p));
                }
            }
            if (polygons.isEmpty()) return null;
            return OverlayNGRobust.union(Geometries.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode ring : rings) {
            Coordinate[] cs = new Coordinate[ring.size()];
            for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            LinearRing r = Geometries.FACTORY.createLinearRing(cs);
            if (shell == null) shell = r;
            else holes.add(r);
        }
        return Geometries.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    static Geometry fromWkt(String resource) {
        try (InputStream in = MappedArea.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new WKTReader(Geometries.FACTORY).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (ParseException e) {
            throw new IllegalStateException("bad WKT in " + resource, e);
        }
    }
}
