package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** The interior point is JTS's {@code Polygon.getInteriorPoint()}, to the last bit. */
class ScanLineInteriorPointTest {
    /**
     * A star-shaped ring around (cx, cy), counter-clockwise unless {@code clockwise}; on a half-unit grid when
     * {@code snapped}, so that vertices lie on the scan line and edges run along it.
     */
    private static LinearRing star(Random r, double cx, double cy, double rMin, double rMax, boolean snapped,
                                   boolean clockwise) {
        int n = 3 + r.nextInt(12);
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) angles[i] = r.nextDouble() * 2 * Math.PI;
        Arrays.sort(angles);
        Coordinate[] pts = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = clockwise ? -angles[i] : angles[i], rad = rMin + r.nextDouble() * (rMax - rMin);
            double x = cx + rad * Math.cos(a), y = cy + rad * Math.sin(a);
            pts[i] = snapped ? new Coordinate(Math.rint(x * 2) / 2, Math.rint(y * 2) / 2) : new Coordinate(x, y);
        }
        pts[n] = pts[0].copy();
        return Geometries.FACTORY.createLinearRing(pts);
    }

    @Test
    void isJtsInteriorPoint_forPolygonsWithAndWithoutHoles() {
        Random r = new Random(11);
        int withHoles = 0, checked = 0;
        for (int i = 0; i < 20_000; i++) {
            boolean snapped = i % 2 == 0;
            double cx = 36 + r.nextInt(6), cy = 35 + r.nextInt(3);
            LinearRing shell = star(r, cx, cy, 8, 20, snapped, false);
            LinearRing[] holes = new LinearRing[r.nextInt(3)];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = star(r, cx + (h == 0 ? -3 : 3), cy, 0.5, 2.5, snapped, true);
            }
            Polygon polygon = Geometries.FACTORY.createPolygon(shell, holes);
            if (!polygon.isValid()) continue;  // a snapped star can touch itself
            checked++;
            if (holes.length > 0) withHoles++;
            Coordinate jts = polygon.getInteriorPoint().getCoordinate(), ours = ScanLineInteriorPoint.of(polygon);
            assertEquals(Double.doubleToLongBits(jts.x), Double.doubleToLongBits(ours.x), "polygon " + i + " x");
            assertEquals(Double.doubleToLongBits(jts.y), Double.doubleToLongBits(ours.y), "polygon " + i + " y");
        }
        assertTrue(checked > 10_000 && withHoles > 5_000, "checked " + checked + ", with holes " + withHoles);
    }

    /**
     * The scan line lies halfway between two vertices' latitudes; when those are adjacent doubles it runs through a
     * vertex, and which edges then count decides the point.
     */
    @Test
    void aScanLineThroughAVertex_countsEdgesAsJtsDoes() {
        double at = 35.0, next = Math.nextUp(at);
        double[][] shells = {
            {36, 34, 38, 34, 38, 36, 37.5, 36, 37, next, 36.5, 36, 36, 36, 35.5, at, 36, 34},
            {36, 34, 38, 34, 38, 36, 37.5, 36, 37, at, 36.5, 36, 36, 36, 35.5, next, 36, 34},
            {36, 36, 38, 36, 38, 34, 37.5, 34, 37, next, 36.5, 34, 36, 34, 35.5, at, 36, 36},
            {36, 36, 38, 36, 38, 34, 37.5, 34, 37, at, 36.5, 34, 36, 34, 35.5, next, 36, 36},
        };
        for (double[] xy : shells) {
            for (boolean reversed : new boolean[] {false, true}) {
                Coordinate[] pts = new Coordinate[xy.length / 2];
                for (int i = 0; i < pts.length; i++) {
                    int k = reversed ? pts.length - 1 - i : i;
                    pts[i] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
                }
                Polygon polygon = Geometries.FACTORY.createPolygon(pts);
                assertTrue(polygon.isValid(), polygon.toText());
                Coordinate jts = polygon.getInteriorPoint().getCoordinate(), ours = ScanLineInteriorPoint.of(polygon);
                assertTrue(jts.y == at || jts.y == next, "the line runs through a vertex: " + jts.y);
                assertEquals(Double.doubleToLongBits(jts.x), Double.doubleToLongBits(ours.x), polygon.toText());
                assertEquals(Double.doubleToLongBits(jts.y), Double.doubleToLongBits(ours.y), polygon.toText());
            }
        }
    }
}
