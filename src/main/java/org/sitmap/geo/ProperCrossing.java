package org.sitmap.geo;

import org.locationtech.jts.geom.Coordinate;

/**
 * The point where two segments cross, each through the other's interior, computed in floating point. JTS 1.20's
 * {@code RobustLineIntersector} computes it in double-double arithmetic ({@code CGAlgorithmsDD.intersection}): about
 * 1.3 µs a crossing under the quick compiler and fifteen objects (fourteen double-doubles and the point, by its
 * source), and a tessellation has thousands of crossings (14,460 at scale 100). The formula is the one JTS used before
 * 1.20 (kept there as {@code intersectionFP}): the segments moved to the middle of their envelopes' overlap, then the
 * lines' homogeneous equations. Where the segments cross at a fair angle it lands within 1e-12° of the double-double
 * point ({@code ProperCrossingTest}), far below the 1e-9° the noded vertices are rounded to ({@link RoundedLines}),
 * and the noding is checked afterwards ({@link SegmentNoder}). Nearly parallel segments, and any answer outside either
 * segment's envelope, are left to JTS: {@link #at} then says no. Stateless.
 */
final class ProperCrossing {
    /** Below this sine of the angle between the segments, the floating-point point is left to JTS's robust one. */
    static final double MIN_SINE = 1e-3;

    private ProperCrossing() {
    }

    /**
     * Writes into {@code xy} the crossing of segments p1p2 and q1q2, which the caller has found to cross properly (the
     * four orientations non-zero and opposite in pairs), and says whether it did: false when they are nearly
     * parallel or the point falls outside either segment's envelope.
     */
    static boolean at(Coordinate p1, Coordinate p2, Coordinate q1, Coordinate q2, double[] xy) {
        double midX = (Math.max(Math.min(p1.x, p2.x), Math.min(q1.x, q2.x))
                + Math.min(Math.max(p1.x, p2.x), Math.max(q1.x, q2.x))) / 2;
        double midY = (Math.max(Math.min(p1.y, p2.y), Math.min(q1.y, q2.y))
                + Math.min(Math.max(p1.y, p2.y), Math.max(q1.y, q2.y))) / 2;
        double p1x = p1.x - midX, p1y = p1.y - midY, p2x = p2.x - midX, p2y = p2.y - midY;
        double q1x = q1.x - midX, q1y = q1.y - midY, q2x = q2.x - midX, q2y = q2.y - midY;
        double px = p1y - p2y, py = p2x - p1x, pw = p1x * p2y - p2x * p1y;
        double qx = q1y - q2y, qy = q2x - q1x, qw = q1x * q2y - q2x * q1y;
        double w = px * qy - qx * py;  // |p| |q| sin(angle)
        if (!(Math.abs(w) >= MIN_SINE * Math.sqrt((px * px + py * py) * (qx * qx + qy * qy)))) return false;
        double x = (py * qw - qy * pw) / w + midX, y = (qx * pw - px * qw) / w + midY;
        if (!within(x, p1.x, p2.x) || !within(y, p1.y, p2.y) || !within(x, q1.x, q2.x) || !within(y, q1.y, q2.y)) {
            return false;
        }
        xy[0] = x;
        xy[1] = y;
        return true;
    }

    private static boolean within(double v, double a, double b) {
        return v >= Math.min(a, b) && v <= Math.max(a, b);
    }
}
