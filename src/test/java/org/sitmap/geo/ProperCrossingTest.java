package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Coordinate;

/** The floating-point crossing against JTS's double-double one, at the map's longitudes and latitudes. */
class ProperCrossingTest {
    /** Two segments through (x, y) at the given angles (radians), with halves of the given lengths in degrees. */
    private static Coordinate[] cross(double x, double y, double a, double b, double[] halves) {
        return new Coordinate[] {
            new Coordinate(x - halves[0] * Math.cos(a), y - halves[0] * Math.sin(a)),
            new Coordinate(x + halves[1] * Math.cos(a), y + halves[1] * Math.sin(a)),
            new Coordinate(x - halves[2] * Math.cos(b), y - halves[2] * Math.sin(b)),
            new Coordinate(x + halves[3] * Math.cos(b), y + halves[3] * Math.sin(b))};
    }

    @Test
    void crossingsAtAFairAngle_areJtsDoubleDoublePointsToWithin1e12Degrees() {
        Random r = new Random(7);
        double[] xy = new double[2];
        for (int i = 0; i < 200_000; i++) {
            double[] halves = new double[4];
            for (int k = 0; k < 4; k++) halves[k] = Math.pow(10, -5 + 5 * r.nextDouble());  // 1e-5° to 1°
            double a = r.nextDouble() * Math.PI;
            double b = a + Math.asin(ProperCrossing.MIN_SINE) * 1.01 + r.nextDouble() * (Math.PI - 0.01);
            Coordinate[] c = cross(35.7 + r.nextDouble() * 6.7, 34.6 + r.nextDouble() * 2.7, a, b, halves);
            assertTrue(ProperCrossing.at(c[0], c[1], c[2], c[3], xy), "pair " + i);
            Coordinate exact = CGAlgorithmsDD.intersection(c[0], c[1], c[2], c[3]);
            assertEquals(exact.x, xy[0], 1e-12, "pair " + i);
            assertEquals(exact.y, xy[1], 1e-12, "pair " + i);
        }
    }

    @Test
    void nearlyParallelSegments_areLeftToJts() {
        double[] xy = {Double.NaN, Double.NaN};
        double a = 0.3, b = a + Math.asin(ProperCrossing.MIN_SINE) / 2;
        Coordinate[] c = cross(37.1, 36.2, a, b, new double[] {0.5, 0.5, 0.5, 0.5});
        assertFalse(ProperCrossing.at(c[0], c[1], c[2], c[3], xy));
        assertTrue(Double.isNaN(xy[0]) && Double.isNaN(xy[1]), "nothing written");
    }

    @Test
    void aPointOutsideEitherEnvelope_isLeftToJts() {
        // These two lines meet far beyond the first segment's end: no answer may come back from outside it.
        double[] xy = new double[2];
        assertFalse(ProperCrossing.at(new Coordinate(36, 35), new Coordinate(36.1, 35.1),
                new Coordinate(37, 35), new Coordinate(37, 36), xy));
    }
}
