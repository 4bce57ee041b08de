package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.polygonize.Polygonizer;

class FaceBuilderTest {
    private static List<Polygon> faces(String multiLineWkt) {
        Geometry g;
        try {
            g = new WKTReader(Geometries.FACTORY).read(multiLineWkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        List<Coordinate[]> lines = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) lines.add(g.getGeometryN(i).getCoordinates());
        NodedSegments segments = SegmentNoder.node(lines);  // already noded: the same segments, numbered
        return new FaceBuilder(segments).faces();
    }

    private static void checkFaces(String wkt, double... areas) {
        List<Polygon> faces = faces(wkt);
        assertEquals(areas.length, faces.size(), () -> "faces: " + faces);
        double[] got = faces.stream().mapToDouble(Polygon::getArea).sorted().toArray();
        double[] want = java.util.Arrays.stream(areas).sorted().toArray();
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-9);
        faces.forEach(f -> assertTrue(f.isValid(), f.toString()));
    }

    @Test
    void squareCutByACross_hasFourFaces() {
        checkFaces("MULTILINESTRING ((0 0, 1 0, 2 0, 2 1, 2 2, 1 2, 0 2, 0 1, 0 0), (1 0, 1 1, 1 2), (0 1, 1 1, 2 1))", 1, 1, 1, 1);
    }

    @Test
    void squareInsideASquare_makesAHoleAndAFace() {
        List<Polygon> faces = faces("MULTILINESTRING ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))");
        assertEquals(2, faces.size());
        Polygon outer = faces.stream().filter(f -> f.getNumInteriorRing() == 1).findFirst().orElseThrow();
        assertEquals(15, outer.getArea(), 1e-9);
    }

    @Test
    void danglesAndCutEdges_boundNoFace() {
        checkFaces("MULTILINESTRING ((0 0, 1 0, 1 0.5, 1 1, 0 1, 0 0), (1 1, 2 2), (3 0, 4 0, 4 1, 3 1, 3 0.5, 3 0), (1 0.5, 3 0.5))", 1, 1);
    }

    @Test
    void pocketTouchingItsFaceAtOnePoint_becomesAValidHole() {
        checkFaces("MULTILINESTRING ((0 0, 2 0, 4 0, 4 4, 0 4, 0 0), (2 0, 1 2, 3 2, 2 0))", 2, 14);
    }

    /** Random circles and polylines, noded as the tessellation nodes its lines. */
    private static NodedSegments randomNodedSegments(int n, long seed) {
        Random r = new Random(seed);
        List<Coordinate[]> lines = new ArrayList<>();
        lines.add(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0), new Coordinate(10, 10),
                new Coordinate(0, 10), new Coordinate(0, 0)});
        for (int i = 0; i < n; i++) {
            double cx = r.nextDouble() * 10, cy = r.nextDouble() * 10, radius = 0.2 + r.nextDouble() * 2;
            int k = 3 + r.nextInt(30);
            Coordinate[] ring = new Coordinate[k + 1];
            for (int j = 0; j < k; j++) {
                double a = 2 * Math.PI * j / k;
                ring[j] = new Coordinate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            }
            ring[k] = i % 4 == 0 ? new Coordinate(cx, cy) : ring[0];  // some open: dangles
            lines.add(ring);
        }
        return SegmentNoder.node(lines);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "10, 2", "100, 3", "400, 4"})
    void randomNodedLines_giveTheFacesOfJtsPolygonizer(int n, long seed) {
        assertFacesOfJtsPolygonizer(randomNodedSegments(n, seed));
    }

    /**
     * Small squares joined by random open polylines, noded: trees hanging in faces and off their corners, and bridges
     * between squares whose removal leaves more dangles, so that several half-edges leave the links around one node.
     */
    @ParameterizedTest
    @CsvSource({"20, 7", "80, 8", "300, 9"})
    void treesAndBridges_giveTheFacesOfJtsPolygonizer(int n, long seed) {
        Random r = new Random(seed);
        List<Coordinate[]> lines = new ArrayList<>();
        for (int i = 0; i < n / 4; i++) {
            double x = r.nextInt(20), y = r.nextInt(20), side = 0.25 + r.nextInt(3) * 0.25;
            lines.add(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
                    new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
        }
        for (int i = 0; i < n; i++) {
            int k = 1 + r.nextInt(4);
            Coordinate[] walk = new Coordinate[k + 1];
            walk[0] = new Coordinate(r.nextInt(41) * 0.5, r.nextInt(41) * 0.5);  // often a square's corner
            for (int j = 1; j <= k; j++) {
                double dx = (r.nextInt(5) - 2) * 0.5, dy = (r.nextInt(5) - 2) * 0.5;
                walk[j] = new Coordinate(walk[j - 1].x + dx, walk[j - 1].y + dy);
            }
            lines.add(walk);
        }
        assertFacesOfJtsPolygonizer(SegmentNoder.node(lines));
    }

    private static void assertFacesOfJtsPolygonizer(NodedSegments segments) {
        Polygonizer polygonizer = new Polygonizer();
        for (int k = 0; k < segments.size(); k++) {
            LineSegment s = segments.segment(k);
            polygonizer.add(Geometries.FACTORY.createLineString(new Coordinate[] {s.p0, s.p1}));
        }
        @SuppressWarnings("unchecked")
        Collection<Polygon> expected = polygonizer.getPolygons();
        List<Polygon> actual = new FaceBuilder(segments).faces();
        assertEquals(expected.size(), actual.size());
        double[] want = expected.stream().mapToDouble(Polygon::getArea).sorted().toArray();
        double[] got = actual.stream().mapToDouble(Polygon::getArea).sorted().toArray();
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-9);
        Geometry union = Geometries.FACTORY.buildGeometry(actual).union();
        Geometry jtsUnion = Geometries.FACTORY.buildGeometry(expected).union();
        assertTrue(union.equalsTopo(jtsUnion));
    }

    /**
     * The faces' areas from the nodes' projections are, to the last bit, what the projection measures on each face:
     * random rings in degrees around Aleppo, some long enough to be densified, with holes.
     */
    @ParameterizedTest
    @CsvSource({"10, 5", "200, 6"})
    void areasFromProjectedNodes_equalTheProjectionsAreas(int n, long seed) {
        Random r = new Random(seed);
        List<Coordinate[]> lines = new ArrayList<>();
        lines.add(new Coordinate[] {new Coordinate(36, 35), new Coordinate(39, 35), new Coordinate(39, 37),
                new Coordinate(36, 37), new Coordinate(36, 35)});  // 3° edges: densified
        for (int i = 0; i < n; i++) {
            double cx = 36.2 + r.nextDouble() * 2.6, cy = 35.2 + r.nextDouble() * 1.6, radius = 0.01 + r.nextDouble() * 0.3;
            int k = 3 + r.nextInt(30);
            Coordinate[] ring = new Coordinate[k + 1];
            for (int j = 0; j < k; j++) {
                double a = 2 * Math.PI * j / k;
                ring[j] = new Coordinate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            }
            ring[k] = ring[0];
            lines.add(ring);
        }
        FaceBuilder builder = new FaceBuilder(SegmentNoder.node(lines));
        List<Polygon> faces = builder.faces();
        EqualAreaProjection projection = EqualAreaProjection.NORTHERN_SYRIA;
        double[] xy = projection.toPlane(builder.nodes(), true);
        assertTrue(faces.stream().anyMatch(f -> f.getNumInteriorRing() > 0), "some face has a hole");
        for (int f = 0; f < faces.size(); f++) {
            assertEquals(projection.areaKm2(faces.get(f)), builder.areaM2(f, projection, xy) / 1e6, 0.0, "face " + f);
        }
    }
}
