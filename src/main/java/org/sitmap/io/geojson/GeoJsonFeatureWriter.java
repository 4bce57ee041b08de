package org.sitmap.io.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Builds GeoJSON (RFC 7946): JTS's {@link GeoJsonWriter} writes each geometry (counter-clockwise shells, clockwise
 * holes, no {@code crs}, a fixed number of decimals), Jackson the features around it. Empty parts of a multi-geometry
 * are left out; an empty geometry is written as {@code null}.
 *
 * <p>Not thread-safe; cheap to create.
 */
public final class GeoJsonFeatureWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeoJsonWriter geometries;

    /** A writer rounding coordinates to {@code decimals} places (6 is about 0.1 m in latitude). */
    public GeoJsonFeatureWriter(int decimals) {
        geometries = new GeoJsonWriter(decimals);
        geometries.setEncodeCRS(false);
        geometries.setForceCCW(true);
    }

    /**
     * A new FeatureCollection with its {@code features} array: {@code ObjectNode fc = writer.collection(members ->
     * members.put("date", ...))} puts the foreign members first, so they come before the features in the file.
     */
    public ObjectNode collection(Consumer<ObjectNode> foreignMembers) {
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        foreignMembers.accept(fc);
        fc.putArray("features");
        return fc;
    }

    /** Appends a feature to {@code collection}'s features; returns its properties object, to fill. */
    public ObjectNode addFeature(ObjectNode collection, Geometry geometry) {
        ObjectNode f = ((ArrayNode) collection.get("features")).addObject().put("type", "Feature");
        ObjectNode properties = f.putObject("properties");
        f.set("geometry", geometry(geometry));
        return properties;
    }

    /** A geometry as a GeoJSON geometry object, or a JSON null when it is null or empty. */
    public JsonNode geometry(Geometry g) {
        Geometry kept = withoutEmptyParts(g);
        if (kept == null) return JSON.nullNode();
        try {
            return JSON.readTree(geometries.write(kept));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JTS wrote GeoJSON that does not parse", e);
        }
    }

    private static Geometry withoutEmptyParts(Geometry g) {
        if (g == null || g.isEmpty()) return null;
        if (g.getNumGeometries() == 1 || g.getClass() == GeometryCollection.class) return g;
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!g.getGeometryN(i).isEmpty()) parts.add(g.getGeometryN(i));
        }
        return parts.size() == g.getNumGeometries() ? g : g.getFactory().buildGeometry(parts);
    }
}
