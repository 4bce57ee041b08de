package org.sitmap.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.sitmap.io.geojson.GeoJsonFeature;
import org.sitmap.io.geojson.GeoJsonFeatureReader;

/**
 * The vector data of the offline base map (the {@code maps/} directory, bundled in the jar under
 * {@code /sitmap/maps/}), projected to Web Mercator metres and indexed for tile queries. Immutable once loaded;
 * safe to share between rendering threads.
 */
public final class BaseMapData {
    static final String RESOURCE_DIR = "/sitmap/maps/";
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** A polygon or line with the attributes the renderer needs; unused attributes are empty or 0. */
    public record Shape(Geometry geometry, String kind, int level, String nameEn, String nameAr) {
    }

    /** A populated place. Rank 1 is the most important; {@code minZoom} is the first zoom it is labelled at. */
    public record Place(String id, String nameEn, String nameAr, Coordinate xy, String country, int rank, int minZoom) {
    }

    /** A free label (country, sea, lake, river, occupied territory) shown between two zooms. */
    public record Label(String kind, String nameEn, String nameAr, Coordinate xy, int minZoom, int maxZoom) {
    }

    /** The layers, back to front. */
    public enum Layer { LAND, SYRIA, GOLAN, LAKES, RIVERS, COAST, ROADS, BORDERS }

    private final String version;
    private final java.util.EnumMap<Layer, STRtree> indexes = new java.util.EnumMap<>(Layer.class);
    private final List<Place> places;
    private final List<Label> labels;

    private BaseMapData(String version, java.util.EnumMap<Layer, List<Shape>> layers, List<Place> places,
            List<Label> labels) {
        this.version = version;
        layers.forEach((layer, shapes) -> {
            STRtree tree = new STRtree();
            for (Shape s : shapes) tree.insert(s.geometry().getEnvelopeInternal(), s);
            tree.build();
            indexes.put(layer, tree);
        });
        this.places = List.copyOf(places);
        this.labels = List.copyOf(labels);
    }

    /** Loads the data bundled with the application. */
    public static BaseMapData loadBundled() {
        try {
            GeoJsonFeatureReader reader = new GeoJsonFeatureReader(FACTORY);
            java.util.EnumMap<Layer, List<Shape>> layers = new java.util.EnumMap<>(Layer.class);
            layers.put(Layer.LAND, shapes(reader, "land"));
            layers.put(Layer.SYRIA, shapes(reader, "countries"));
            layers.put(Layer.GOLAN, shapes(reader, "golan"));
            layers.put(Layer.LAKES, shapes(reader, "lakes"));
            layers.put(Layer.RIVERS, shapes(reader, "rivers"));
            layers.put(Layer.COAST, shapes(reader, "coast"));
            layers.put(Layer.ROADS, shapes(reader, "roads"));
            layers.put(Layer.BORDERS, shapes(reader, "borders"));
            List<Place> places = new ArrayList<>();
            for (GeoJsonFeature f : read(reader, "places")) {
                places.add(new Place(f.text("id"), f.text("name_en"), f.text("name_ar"),
                        f.geometry().getCoordinate(), f.text("country"), f.integer("rank", 5), f.integer("min_zoom", 11)));
            }
            List<Label> labels = new ArrayList<>();
            for (GeoJsonFeature f : read(reader, "labels")) {
                labels.add(new Label(f.text("kind"), f.text("name_en"), f.text("name_ar"), f.geometry().getCoordinate(),
                        f.integer("min_zoom", 0), f.integer("max_zoom", 30)));
            }
            return new BaseMapData(readVersion(), layers, places, labels);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled base-map data could not be read", e);
        }
    }

    private static List<Shape> shapes(GeoJsonFeatureReader reader, String name) throws IOException {
        List<Shape> out = new ArrayList<>();
        for (GeoJsonFeature f : read(reader, name)) {
            String kind = f.text("kind");
            if (kind.isEmpty()) kind = f.text("ref");
            // One index entry per small piece, so a tile query touches only the geometry near it.
            for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                for (Geometry piece : split(f.geometry().getGeometryN(i))) {
                    out.add(new Shape(piece, kind, f.integer("level", 0), f.text("name_en"), f.text("name_ar")));
                }
            }
        }
        return out;
    }

    /**
     * Cuts a large geometry into quadrants, recursively, until each piece has at most {@link #MAX_PIECE_POINTS}
     * points: the renderer then transforms only the pieces under a tile. Pieces of polygons gain cut edges, which
     * is harmless because polygons are filled, never outlined.
     */
    static List<Geometry> split(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        splitInto(g, out, 0);
        return out;
    }

    private static final int MAX_PIECE_POINTS = 1_000_000, LINE_PIECE_POINTS = 128;

    private static void splitInto(Geometry g, List<Geometry> out, int depth) {
        if (g.isEmpty()) return;
        if (g instanceof org.locationtech.jts.geom.LineString line) { // lines: cut the point sequence, no overlay
            org.locationtech.jts.geom.Coordinate[] c = line.getCoordinates();
            for (int start = 0; start < c.length - 1; start += LINE_PIECE_POINTS) {
                int end = Math.min(c.length, start + LINE_PIECE_POINTS + 1);
                out.add(FACTORY.createLineString(java.util.Arrays.copyOfRange(c, start, end)));
            }
            return;
        }
        if (g.getNumPoints() <= MAX_PIECE_POINTS || depth >= 12) {
            for (int i = 0; i < g.getNumGeometries(); i++) out.add(g.getGeometryN(i));
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        double mx = (e.getMinX() + e.getMaxX()) / 2, my = (e.getMinY() + e.getMaxY()) / 2;
        Envelope[] quads = {new Envelope(e.getMinX(), mx, e.getMinY(), my), new Envelope(mx, e.getMaxX(), e.getMinY(), my),
            new Envelope(e.getMinX(), mx, my, e.getMaxY()), new Envelope(mx, e.getMaxX(), my, e.getMaxY())};
        for (Envelope q : quads) {
            Geometry part;
            try {
                part = org.locationtech.jts.operation.overlayng.OverlayNGRobust.overlay(g, FACTORY.toGeometry(q),
                        org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION);
            } catch (RuntimeException ex) { // invalid input: keep it whole rather than lose it
                for (int i = 0; i < g.getNumGeometries(); i++) out.add(g.getGeometryN(i));
                return;
            }
            splitInto(part, out, depth + 1);
        }
    }

    private static List<GeoJsonFeature> read(GeoJsonFeatureReader reader, String name) throws IOException {
        try (InputStream in = BaseMapData.class.getResourceAsStream(RESOURCE_DIR + name + ".geojson")) {
            if (in == null) throw new IOException("missing resource " + RESOURCE_DIR + name + ".geojson");
            List<GeoJsonFeature> features = new ArrayList<>();
            reader.read(in, f -> {
                if (f.geometry() == null) return;
                WebMercator.projectInPlace(f.geometry());
                features.add(f);
            });
            return features;
        }
    }

    private static String readVersion() throws IOException {
        try (InputStream in = BaseMapData.class.getResourceAsStream(RESOURCE_DIR + "basemap.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("data.version", "0");
        }
    }

    /** The data version from {@code maps/basemap.properties}; part of every tile-cache key. */
    public String version() {
        return version;
    }

    /** Shapes of {@code layer} whose bounding box meets {@code area} (metres). */
    @SuppressWarnings("unchecked")
    public List<Shape> query(Layer layer, Envelope area) {
        return indexes.get(layer).query(area);
    }

    public List<Place> places() {
        return places;
    }

    public List<Label> labels() {
        return labels;
    }
}
