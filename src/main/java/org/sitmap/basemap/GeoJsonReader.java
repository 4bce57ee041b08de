package org.sitmap.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection (WGS 84 lon/lat) into features whose geometries are projected to Web
 * Mercator metres. Supports the geometry types the base-map layers use: (Multi)Point, (Multi)LineString,
 * (Multi)Polygon. Not thread-safe per instance; cheap to create.
 */
final class GeoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeometryFactory factory;

    GeoJsonReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /** One feature: its projected geometry and its properties object (never null). */
    record Feature(Geometry geometry, JsonNode properties) {
        String text(String key) {
            JsonNode v = properties.get(key);
            return v == null || v.isNull() ? "" : v.asText();
        }

        int integer(String key, int fallback) {
            JsonNode v = properties.get(key);
            return v == null || v.isNull() ? fallback : v.asInt(fallback);
        }
    }

    List<Feature> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Feature> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode g = f.get("geometry");
            if (g == null || g.isNull()) continue;
            JsonNode props = f.path("properties");
            out.add(new Feature(geometry(g), props.isMissingNode() ? JSON.createObjectNode() : props));
        }
        return out;
    }

    private Geometry geometry(JsonNode g) {
        JsonNode c = g.path("coordinates");
        String type = g.path("type").asText();
        switch (type) {
            case "Point":
                return factory.createPoint(coordinate(c));
            case "MultiPoint":
                return factory.createMultiPointFromCoords(coordinates(c));
            case "LineString":
                return factory.createLineString(coordinates(c));
            case "MultiLineString": {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) lines[i] = factory.createLineString(coordinates(c.get(i)));
                return factory.createMultiLineString(lines);
            }
            case "Polygon":
                return polygon(c);
            case "MultiPolygon": {
                Polygon[] polys = new Polygon[c.size()];
                for (int i = 0; i < polys.length; i++) polys[i] = polygon(c.get(i));
                return factory.createMultiPolygon(polys);
            }
            default:
                throw new IllegalArgumentException("unsupported GeoJSON geometry type: " + type);
        }
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = factory.createLinearRing(coordinates(rings.get(i)));
        return factory.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode array) {
        Coordinate[] out = new Coordinate[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = coordinate(array.get(i));
        return out;
    }

    private static Coordinate coordinate(JsonNode lonLat) {
        return WebMercator.project(lonLat.get(0).asDouble(), lonLat.get(1).asDouble());
    }
}
