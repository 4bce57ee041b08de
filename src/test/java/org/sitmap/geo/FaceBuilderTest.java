package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class FaceBuilderTest {
    private static List<Polygon> faces(String multiLineWkt) {
        Geometry g;
        try {
            g = new WKTReader(Geometries.FACTORY).read(multiLineWkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        Set<LineSegment> segments = new LinkedHashSet<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Coordinate[] cs = g.getGeometryN(i).getCoordinates();
            for (int k = 0; k + 1 < cs.length; k++) {
                LineSegment s = new LineSegment(cs[k], cs[k + 1]);
                s.normalize();
                segments.add(s);
            }
        }
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
}
