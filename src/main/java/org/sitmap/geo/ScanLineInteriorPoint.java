package org.sitmap.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * JTS's interior point of a polygon ({@code Polygon.getInteriorPoint()}, its {@code InteriorPointArea}), the same
 * double for double, without its garbage: JTS boxes every crossing of the scan line into a list and builds a finder,
 * a point and copies of envelopes for each polygon. A tessellation asks for it for the faces whose vertices' mean
 * will not do (7,760 of 18,530 faces of a scale-100 first snapshot, which allocates 3.3 MB less this way; half the
 * time a polygon in a probe). The method is JTS's: a horizontal line halfway between the vertices nearest above and
 * below the middle of the polygon's height, crossed with every ring; the point is the middle of the widest section
 * inside. {@code ScanLineInteriorPointTest} compares it with JTS's. Stateless.
 */
final class ScanLineInteriorPoint {
    private ScanLineInteriorPoint() {
    }

    /** The interior point of a non-empty polygon (its first vertex when no section inside has a width). */
    static Coordinate of(Polygon polygon) {
        Coordinate[] shell = polygon.getExteriorRing().getCoordinates();
        double y = scanLineY(polygon, shell);
        Crossings crossings = new Crossings();
        crossings.add(shell, y);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            crossings.add(polygon.getInteriorRingN(i).getCoordinates(), y);
        }
        if (crossings.n % 2 != 0) return polygon.getInteriorPoint().getCoordinate();  // JTS reports its failure
        double[] xs = crossings.xs;
        Arrays.sort(xs, 0, crossings.n);
        Coordinate best = new Coordinate(shell[0]);
        double widest = 0;
        for (int i = 0; i < crossings.n; i += 2) {
            double width = xs[i + 1] - xs[i];
            if (width > widest) {
                widest = width;
                best = new Coordinate((xs[i] + xs[i + 1]) / 2.0, y);
            }
        }
        return best;
    }

    /** JTS's {@code ScanLineYOrdinateFinder}: halfway between the vertices nearest the middle of the height. */
    private static double scanLineY(Polygon polygon, Coordinate[] shell) {
        double hi = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY;
        for (Coordinate c : shell) {
            if (c.y < lo) lo = c.y;  // compared as JTS's Envelope compares (Math.min orders -0.0 first)
            if (c.y > hi) hi = c.y;
        }
        double centre = (lo + hi) / 2.0;
        double[] interval = {lo, hi};
        narrow(shell, centre, interval);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            narrow(polygon.getInteriorRingN(i).getCoordinates(), centre, interval);
        }
        return (interval[1] + interval[0]) / 2.0;
    }

    private static void narrow(Coordinate[] ring, double centre, double[] interval) {
        for (Coordinate c : ring) {
            if (c.y <= centre) {
                if (c.y > interval[0]) interval[0] = c.y;
            } else if (c.y < interval[1]) {
                interval[1] = c.y;
            }
        }
    }

    /** The x of each crossing of the scan line with the rings' edges, in a growing array. */
    private static final class Crossings {
        double[] xs = new double[8];
        int n;

        /**
         * Adds the x of each edge of the ring that the line at {@code y} crosses; as in JTS, an edge with an end on
         * the line counts only when its other end lies above it.
         */
        void add(Coordinate[] ring, double y) {
            for (int i = 1; i < ring.length; i++) {
                Coordinate p0 = ring[i - 1], p1 = ring[i];
                if (p0.y > y && p1.y > y || p0.y < y && p1.y < y) continue;
                if (p0.y == p1.y || p0.y == y && p1.y < y || p1.y == y && p0.y < y) continue;
                if (n == xs.length) xs = Arrays.copyOf(xs, n * 2);
                xs[n++] = p0.x == p1.x ? p0.x : p0.x + (y - p0.y) / ((p1.y - p0.y) / (p1.x - p0.x));
            }
        }
    }
}
