package org.sitmap.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sitmap.io.geojson.GeoJsonFeature;
import org.sitmap.io.geojson.GeoJsonFeatureReader;
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
            synchronized (MappedArea.class) { // parsed once, though the window asks from two workers at start-up
                g = northernSyria;
                if (g == null) {
                    g = fromBaseMap();
                    if (g == null) g = fromWkt(NATURAL_EARTH);
                    northernSyria = g;
                }
            }
        }
        return g.copy();
    }

    /** The base map's Syria cut at 34.6° N, or null when the resource is missing or holds no Syria. */
    static Geometry fromBaseMap() {
        try {
            Geometry syria = polygons(BASE_MAP_COUNTRIES, f -> "Syria".equals(f.text("name")));
            if (syria == null) return null;
            Geometry north = Geometries.FACTORY.toGeometry(new Envelope(30, 50, SOUTH_EDGE_LAT, 45));
            Geometry land = OverlayNGRobust.overlay(syria, north, OverlayNG.INTERSECTION);
            Geometry water = polygons(BASE_MAP_LAKES, f -> true);
            if (water != null) land = OverlayNGRobust.overlay(land, water, OverlayNG.DIFFERENCE);
            return Geometries.polygonal(land);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(MappedArea.class).warn("Cannot read the base map's border; using Natural Earth's", e);
            return null;
        }
    }

    /** The union of the polygons of the features of {@code resource} that {@code keep} accepts; null when none. */
    private static Geometry polygons(String resource, Predicate<GeoJsonFeature> keep) throws IOException {
        try (InputStream in = MappedArea.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            List<Polygon> polygons = new ArrayList<>();
            new GeoJsonFeatureReader(Geometries.FACTORY).read(in, f -> {
                if (!(f.geometry() instanceof Polygonal) || !keep.test(f)) return;
                for (int i = 0; i < f.geometry().getNumGeometries(); i++) polygons.add((Polygon) f.geometry().getGeometryN(i));
            });
            if (polygons.isEmpty()) return null;
            return OverlayNGRobust.union(Geometries.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
        }
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
