package org.sitmap.interop;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON or KML file, as read: where it is in the file, its id, its properties (GeoJSON properties,
 * or KML name, description, ExtendedData, TimeStamp/TimeSpan as {@code when}/{@code begin}/{@code end}), its folder
 * and its geometry (lon/lat).
 *
 * @param line       1-based line where the feature starts
 * @param id         the feature's own id, or null
 * @param folder     the KML folder it sits in, or null
 * @param properties property name → text value
 * @param geometry   the geometry, or null when it has none
 */
public record FeatureRecord(long line, String id, String folder, Map<String, String> properties, Geometry geometry) {
    public FeatureRecord {
        properties = Map.copyOf(properties);
    }

    /** The first non-blank property among {@code names}, or null. */
    public String first(String... names) {
        for (String n : names) {
            String v = properties.get(n);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
