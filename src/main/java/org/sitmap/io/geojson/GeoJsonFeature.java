package org.sitmap.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature as read: its geometry in the file's coordinates (longitude, latitude degrees), or null when the
 * feature has none, and its {@code properties} object (empty, never null, when the file has none).
 */
public record GeoJsonFeature(Geometry geometry, ObjectNode properties) {
    /** The property as text; empty when it is missing or null. */
    public String text(String key) {
        JsonNode v = properties.get(key);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** The property as an integer; {@code fallback} when it is missing, null or not a number. */
    public int integer(String key, int fallback) {
        JsonNode v = properties.get(key);
        return v == null || v.isNull() ? fallback : v.asInt(fallback);
    }
}
