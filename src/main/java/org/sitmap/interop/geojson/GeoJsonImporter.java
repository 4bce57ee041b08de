package org.sitmap.interop.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.Geometries;
import org.sitmap.interop.FeatureRecord;
import org.sitmap.interop.FeatureRows;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.Importer;
import org.sitmap.io.DataProblem;
import org.sitmap.store.StoreException;
import org.sitmap.store.UserRowsWriter;
import org.sitmap.task.TaskRunner;

/**
 * Reads a GeoJSON FeatureCollection one feature at a time (RFC 7946; lon/lat): points → events, dated polygons →
 * an imported zone layer named after the file (see {@link FeatureRows}). Rows get ids {@code u.geojson.<file>.<id>},
 * so a re-import updates them.
 */
public final class GeoJsonImporter implements Importer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** No string in a feature may exceed this (a 10 MB line is a broken file, not a feature). */
    static final int MAX_STRING = 1_000_000;

    @Override
    public ImportReport read(Path file, Dataset current, UserRowsWriter target, TaskRunner.Progress progress)
            throws ImportException, IOException, StoreException {
        String name = file.getFileName().toString();
        String stem = FeatureRows.slug(name.replaceFirst("\\.(geo)?json$", ""));
        ImportReport report = new ImportReport(name);
        FeatureRows rows = new FeatureRows("u.geojson." + stem, name, stem, current, target, report);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).build()).build();
        long size = Files.size(file);
        if (size == 0) throw new ImportException(new DataProblem(name, 1, "the file is empty"));
        try (InputStream in = Files.newInputStream(file); JsonParser p = factory.createParser(in)) {
            p.setCodec(JSON);
            if (p.nextToken() != JsonToken.START_OBJECT) throw problem(name, p, "not a GeoJSON object");
            boolean features = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("features")) {
                    p.skipChildren();
                    continue;
                }
                if (p.currentToken() != JsonToken.START_ARRAY) throw problem(name, p, "\"features\" is not an array");
                features = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.START_OBJECT) throw problem(name, p, "a member of \"features\" is not a Feature object");
                    if (progress.isCancelled()) throw new CancellationException("import of " + name + " cancelled");
                    long line = p.currentLocation().getLineNr();
                    JsonNode f = p.readValueAsTree();
                    rows.add(feature(name, line, f));
                    progress.update(p.currentLocation().getByteOffset(), size, "line " + line);
                }
            }
            if (!features) throw new ImportException(new DataProblem(name, 1, "not a FeatureCollection: no \"features\""));
        } catch (JsonParseException e) {
            throw new ImportException(new DataProblem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage().replaceFirst(": enable `[^`]+` to allow$", "")));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new ImportException(new DataProblem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "a value longer than " + MAX_STRING + " characters: not a feature file"));
        }
        return report;
    }

    private static ImportException problem(String file, JsonParser p, String message) {
        return new ImportException(new DataProblem(file, p.currentLocation().getLineNr(), message));
    }

    private static FeatureRecord feature(String file, long line, JsonNode f) throws ImportException {
        Map<String, String> props = new HashMap<>();
        JsonNode pn = f.path("properties");
        pn.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) props.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        });
        String id = f.hasNonNull("id") ? f.get("id").asText() : props.get("id");
        JsonNode g = f.path("geometry");
        return new FeatureRecord(line, id, null, props, g.isMissingNode() || g.isNull() ? null : geometry(file, line, g));
    }

    static Geometry geometry(String file, long line, JsonNode g) throws ImportException {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        switch (type) {
            case "Point":
                return Geometries.FACTORY.createPoint(coordinate(file, line, c));
            case "Polygon":
                return polygon(file, line, c);
            case "MultiPolygon": {
                Polygon[] ps = new Polygon[c.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(file, line, c.get(i));
                return Geometries.FACTORY.createMultiPolygon(ps);
            }
            case "LineString":
            case "MultiLineString":
            case "MultiPoint":
            case "GeometryCollection":
                return Geometries.FACTORY.createGeometryCollection(); // read, then skipped as not a point or polygon
            default:
                throw new ImportException(new DataProblem(file, line, "unknown geometry type '" + type + "'"));
        }
    }

    private static Polygon polygon(String file, long line, JsonNode rings) throws ImportException {
        if (!rings.isArray() || rings.isEmpty()) throw new ImportException(new DataProblem(file, line, "a polygon without rings"));
        LinearRing shell = ring(file, line, rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(file, line, rings.get(i));
        return Geometries.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(String file, long line, JsonNode ring) throws ImportException {
        if (!ring.isArray() || ring.size() < 4) {
            throw new ImportException(new DataProblem(file, line, "a polygon ring needs at least 4 positions, has " + ring.size()));
        }
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = coordinate(file, line, ring.get(i));
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new ImportException(new DataProblem(file, line, "polygon ring is not closed: it starts at " + cs[0].x + ","
                    + cs[0].y + " and ends at " + cs[cs.length - 1].x + "," + cs[cs.length - 1].y));
        }
        return Geometries.FACTORY.createLinearRing(cs);
    }

    private static Coordinate coordinate(String file, long line, JsonNode c) throws ImportException {
        if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new ImportException(new DataProblem(file, line, "a position must be [longitude, latitude], was " + c));
        }
        double lon = c.get(0).asDouble(), lat = c.get(1).asDouble();
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new ImportException(new DataProblem(file, line, "coordinates " + lon + "," + lat + " (lon,lat) are out of range"));
        }
        return new Coordinate(lon, lat);
    }
}
