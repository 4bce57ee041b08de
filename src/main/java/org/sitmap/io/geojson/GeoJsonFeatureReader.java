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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads GeoJSON (RFC 7946): a FeatureCollection, a single Feature or a bare geometry. Jackson reads the document and
 * the properties; JTS's {@link GeoJsonReader} builds each geometry. A FeatureCollection is streamed one feature at a
 * time, so a large file is never held whole. Coordinates stay as written (longitude, latitude).
 *
 * <p>Thread-safe: instances hold no state between calls.
 */
public final class GeoJsonFeatureReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeoJsonReader geometries;

    /** A reader building geometries with {@code factory}. */
    public GeoJsonFeatureReader(GeometryFactory factory) {
        this.geometries = new GeoJsonReader(factory);
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
                    while (p.nextToken() == JsonToken.START_OBJECT) each.accept(feature(JSON.readTree(p)));
                } else {
                    root.set(field, JSON.readTree(p));
                }
            }
            if (collection) return;
            each.accept("Feature".equals(root.path("type").asText()) ? feature(root)
                    : new GeoJsonFeature(geometry(root), JSON.createObjectNode()));
        }
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
            return geometries.read(geometry.toString());
        } catch (ParseException e) {
            throw new IOException("bad GeoJSON geometry: " + e.getMessage(), e);
        }
    }
}
