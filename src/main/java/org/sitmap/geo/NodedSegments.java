package org.sitmap.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;

/**
 * Distinct segments that meet only at their ends, over numbered points: segment k runs from
 * {@code nodes.get(ends[2k])} to {@code nodes.get(ends[2k + 1])}, the lower point (in {@link Coordinate} order)
 * first. Point numbers in an int array rather than {@link LineSegment}s: see {@link PointIds}. Do not modify.
 *
 * @param nodes the points, each once
 * @param ends  two point numbers per segment
 */
record NodedSegments(List<Coordinate> nodes, int[] ends) {
    /** How many segments. */
    int size() {
        return ends.length / 2;
    }

    /** Segment k as a JTS segment. */
    LineSegment segment(int k) {
        return new LineSegment(nodes.get(ends[2 * k]), nodes.get(ends[2 * k + 1]));
    }
}
