package org.sitmap.interop.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.interop.AtomicFile;
import org.sitmap.interop.DatedSnapshot;
import org.sitmap.interop.ExportData;
import org.sitmap.interop.Exporter;
import org.sitmap.geo.Zone;
import org.sitmap.task.TaskRunner;

/**
 * The zones of every snapshot as one GeoJSON FeatureCollection (RFC 7946: lon/lat, counter-clockwise shells,
 * 6 decimals): one feature per zone and snapshot with {@code faction}, {@code contested_by}, {@code status},
 * {@code valid_from}, {@code valid_to} (null when open-ended), {@code since} and {@code area_km2}. Written as a
 * stream.
 */
public final class SnapshotsGeoJsonWriter implements Exporter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(ExportData data, Path out, TaskRunner.Progress progress) throws IOException {
        AtomicFile.write(out, tmp -> {
            try (JsonGenerator g = JSON.createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                int k = 0;
                for (DatedSnapshot s : data.snapshots()) {
                    if (progress.isCancelled()) throw new CancellationException("export cancelled");
                    progress.update(k++, data.snapshots().size(), "snapshot " + k);
                    for (Zone z : s.zones()) feature(g, s, z);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static void feature(JsonGenerator g, DatedSnapshot s, Zone z) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("faction", z.faction());
        g.writeStringField("contested_by", z.contestedBy());
        g.writeStringField("status", z.status().name().toLowerCase(Locale.ROOT));
        g.writeStringField("valid_from", s.validFrom().toString());
        g.writeStringField("valid_to", s.validTo() == null ? null : s.validTo().toString());
        g.writeStringField("since", z.since() == null ? null : z.since().toString());
        g.writeNumberField("area_km2", Math.round(z.areaKm2() * 100) / 100.0);
        g.writeEndObject();
        g.writeFieldName("geometry");
        geometry(g, z.geometry());
        g.writeEndObject();
    }

    /** A Polygon or MultiPolygon. */
    static void geometry(JsonGenerator g, Geometry geometry) throws IOException {
        g.writeStartObject();
        boolean single = geometry instanceof Polygon;
        g.writeStringField("type", single ? "Polygon" : "MultiPolygon");
        g.writeArrayFieldStart("coordinates");
        if (single) {
            polygon(g, (Polygon) geometry);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (geometry.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    g.writeStartArray();
                    polygon(g, p);
                    g.writeEndArray();
                }
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        ring(g, p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) ring(g, p.getInteriorRingN(i), false);
    }

    private static void ring(JsonGenerator g, LineString ring, boolean ccw) throws IOException {
        Coordinate[] cs = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(cs) != ccw;
        g.writeStartArray();
        for (int k = 0; k < cs.length; k++) {
            Coordinate c = cs[reverse ? cs.length - 1 - k : k];
            g.writeStartArray();
            g.writeNumber(Math.round(c.x * 1e6) / 1e6);
            g.writeNumber(Math.round(c.y * 1e6) / 1e6);
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
