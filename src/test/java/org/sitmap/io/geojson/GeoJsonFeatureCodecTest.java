package org.sitmap.io.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeoJsonFeatureCodecTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static List<GeoJsonFeature> read(String json) throws IOException {
        return new GeoJsonFeatureReader(FACTORY).readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Geometry wkt(String wkt) throws Exception {
        return new WKTReader(FACTORY).read(wkt);
    }

    @Test
    void writeThenRead_keepsGeometryAndProperties_shellsCounterClockwiseHolesClockwise() throws Exception {
        // shell clockwise, hole counter-clockwise: the opposite of RFC 7946
        Geometry square = wkt("POLYGON ((37 36, 37 36.5, 37.5 36.5, 37.5 36, 37 36), (37.1 36.1, 37.2 36.1, 37.2 36.2, 37.1 36.1))");
        GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(6);
        ObjectNode fc = writer.collection(members -> members.put("date", "2024-12-01"));
        writer.addFeature(fc, square).put("faction", "HTS").put("area_km2", 12.5);

        JsonNode written = new ObjectMapper().readTree(fc.toString());
        assertEquals("2024-12-01", written.get("date").asText());
        List<GeoJsonFeature> back = read(fc.toString());
        assertEquals(1, back.size());
        Polygon p = (Polygon) back.get(0).geometry();
        assertTrue(p.equalsTopo(square));
        assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()));
        assertTrue(!Orientation.isCCW(p.getInteriorRingN(0).getCoordinates()));
        assertEquals("HTS", back.get(0).text("faction"));
        assertEquals(7, back.get(0).integer("missing", 7));
    }

    @Test
    void write_roundsToTheGivenDecimals() throws Exception {
        GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(6);
        JsonNode g = writer.geometry(wkt("POINT (37.12345678 36.5)"));
        assertEquals(37.123457, g.get("coordinates").get(0).asDouble(), 0);
        assertEquals(36.5, g.get("coordinates").get(1).asDouble(), 0);
    }

    @Test
    void write_leavesOutEmptyPartsAndWritesEmptyGeometryAsNull() throws Exception {
        GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(6);
        Geometry withEmpty = FACTORY.createMultiPolygon(new Polygon[] {(Polygon) wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"),
            FACTORY.createPolygon()});
        assertEquals("Polygon", writer.geometry(withEmpty).get("type").asText());
        assertTrue(writer.geometry(FACTORY.createPolygon()).isNull());
    }

    @Test
    void read_featureWithoutGeometryOrProperties_givesNullGeometryAndEmptyProperties() throws Exception {
        List<GeoJsonFeature> fs = read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null}]}");
        assertNull(fs.get(0).geometry());
        assertEquals("", fs.get(0).text("name"));
    }

    @Test
    void read_singleFeatureOrBareGeometry_givesOneFeature() throws Exception {
        List<GeoJsonFeature> feature = read("{\"type\":\"Feature\",\"properties\":{\"name\":\"Aleppo\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.16,36.2]}}");
        assertEquals("Aleppo", feature.get(0).text("name"));
        assertTrue(feature.get(0).geometry().equalsExact(wkt("POINT (37.16 36.2)")));
        List<GeoJsonFeature> bare = read("{\"coordinates\":[[37,36],[38,36]],\"type\":\"LineString\"}");
        assertTrue(bare.get(0).geometry().equalsExact(wkt("LINESTRING (37 36, 38 36)")));
    }

    @Test
    void read_badGeometry_failsWithAnIoException() {
        IOException e = assertThrows(IOException.class, () -> read("{\"type\":\"Circle\",\"coordinates\":[1,2]}"));
        assertTrue(e.getMessage().startsWith("bad GeoJSON geometry"), e.getMessage());
    }
}
