package org.sitmap.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads GeoJSON (RFC 7946): a FeatureCollection, a single Feature or a bare geometry, with Jackson; a FeatureCollection
 * is streamed one feature at a time, so a large file is never held whole. Coordinates stay as written (longitude,
 * latitude); a feature may have a null geometry. Geometries are built from Jackson's nodes directly rather than with
 * JTS's {@code GeoJsonReader} (which {@link GeoJsonFeatureWriter} does use): that one parses the text again with
 * json-simple, drops properties and rejects null geometries, and made loading the bundled base map (2.6 MB) take
 * 1.5 to 2 times the CPU time (about 900 against 550 ms on a cold JVM, this 2-core machine).
 *
 * <p>Thread-safe: instances hold no state between calls.
 */
public final class GeoJsonFeatureReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeometryFactory factory;

    /** A reader building geometries with {@code factory}. */
    public GeoJsonFeatureReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Every feature of {@code in}, in file order. */
    public List<GeoJsonFeature> readAll(InputStream in) throws IOException {
        List<GeoJsonFeature> out = new ArrayList<>();
        read(in, out::add);
        return out;
    }

    /** Hands each feature of {@code in} to {@code each}, in file order, as it is read. */
    public void read(InputStream in, Consumer<GeoJsonFeature> each) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("GeoJSON must be a JSON object");
            ObjectNode root = JSON.createObjectNode();
            boolean collection = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("features") && value == JsonToken.START_ARRAY) {
                    collection = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) each.accept(feature(p));
                } else {
                    root.set(field, JSON.readTree(p));
                }
            }
            if (collection) return;
            each.accept("Feature".equals(root.path("type").asText()) ? feature(root)
                    : new GeoJsonFeature(geometry(root), JSON.createObjectNode()));
        }
    }

    /** The feature whose START_OBJECT {@code p} is at; its geometry goes to JTS as text, without a Jackson tree. */
    private GeoJsonFeature feature(JsonParser p) throws IOException {
        Geometry geometry = null;
        ObjectNode properties = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("geometry") && value == JsonToken.START_OBJECT) {
                geometry = geometry(JSON.readTree(p));
            } else if (field.equals("properties") && value == JsonToken.START_OBJECT) {
                properties = JSON.readTree(p);
            } else {
                p.skipChildren();
            }
        }
        return new GeoJsonFeature(geometry, properties != null ? properties : JSON.createObjectNode());
    }

    private GeoJsonFeature feature(JsonNode f) throws IOException {
        JsonNode props = f.get("properties");
        return new GeoJsonFeature(geometry(f.get("geometry")),
                props instanceof ObjectNode o ? o : JSON.createObjectNode());
    }

    /** The geometry of a GeoJSON geometry object; null for a missing or null one. */
    public Geometry geometry(JsonNode geometry) throws IOException {
        if (geometry == null || geometry.isNull()) return null;
        try {
            return build(geometry);
        } catch (RuntimeException e) {
            throw new IOException("bad GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    private Geometry build(JsonNode g) {
        JsonNode c = g.path("coordinates");
        String type = g.path("type").asText();
        return switch (type) {
            case "Point" -> factory.createPoint(coordinate(c));
            case "MultiPoint" -> factory.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> factory.createLineString(coordinates(c));
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) lines[i] = factory.createLineString(coordinates(c.get(i)));
                yield factory.createMultiLineString(lines);
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[c.size()];
                for (int i = 0; i < polygons.length; i++) polygons[i] = polygon(c.get(i));
                yield factory.createMultiPolygon(polygons);
            }
            case "GeometryCollection" -> {
                JsonNode members = g.path("geometries");
                Geometry[] parts = new Geometry[members.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = build(members.get(i));
                yield factory.createGeometryCollection(parts);
            }
            default -> throw new IllegalArgumentException("unsupported type '" + type + "'");
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (rings.isEmpty()) return factory.createPolygon();
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = factory.createLinearRing(coordinates(rings.get(i)));
        return factory.createPolygon(factory.createLinearRing(coordinates(rings.get(0))), holes);
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        if (!positions.isArray()) throw new IllegalArgumentException("coordinates must be an array");
        Coordinate[] out = new Coordinate[positions.size()];
        for (int i = 0; i < out.length; i++) out[i] = coordinate(positions.get(i));
        return out;
    }

    private static Coordinate coordinate(JsonNode position) {
        if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber())
            throw new IllegalArgumentException("a position needs a longitude and a latitude: " + position);
        return new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
    }
}
