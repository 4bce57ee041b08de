package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Numbers distinct points 0, 1, 2, ... in the order first seen, one {@link Coordinate} each. An open-addressing hash
 * table of ints over the points rather than a {@code HashMap<Coordinate, Integer>}: the tessellation numbers every
 * vertex of its noded lines (10,000 shipped, 100,000 at scale 100) once per build, and an entry, a boxed number and
 * a coordinate per vertex were garbage that brought young-generation pauses into the first snapshot. Points are equal
 * when their coordinates' bits are (so 0.0 and -0.0 differ, as they do for a {@code HashMap}). Not thread-safe.
 */
final class PointIds {
    private final List<Coordinate> points;
    private int[] slots;  // per slot, the number of the point there plus one; 0 when free

    /** A table for about {@code expected} points (it grows beyond). */
    PointIds(int expected) {
        points = new ArrayList<>(Math.max(8, expected));
        slots = new int[Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2];
    }

    /** The number of the point (x, y): its number when seen before, else the next one, given to a new coordinate. */
    int id(double x, double y) {
        long bx = Double.doubleToLongBits(x), by = Double.doubleToLongBits(y);
        int mask = slots.length - 1;
        int h = hash(bx, by) & mask;
        for (int s = slots[h]; s != 0; s = slots[h]) {
            Coordinate p = points.get(s - 1);
            if (Double.doubleToLongBits(p.x) == bx && Double.doubleToLongBits(p.y) == by) return s - 1;
            h = (h + 1) & mask;
        }
        points.add(new Coordinate(x, y));
        slots[h] = points.size();
        if (points.size() * 2 > slots.length) rehash();
        return points.size() - 1;
    }

    /** The points in the order numbered; do not modify. */
    List<Coordinate> points() {
        return points;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < points.size(); id++) {
            Coordinate p = points.get(id);
            int h = hash(Double.doubleToLongBits(p.x), Double.doubleToLongBits(p.y)) & mask;
            while (slots[h] != 0) h = (h + 1) & mask;
            slots[h] = id + 1;
        }
    }

    private static int hash(long x, long y) {
        long h = x * 0x9E3779B97F4A7C15L + y;
        h = (h ^ (h >>> 32)) * 0xFF51AFD7ED558CCDL;
        return (int) (h ^ (h >>> 29));
    }
}
