package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Numbers distinct points 0, 1, 2, ... in the order first seen, one {@link Coordinate} each. An open-addressing hash
 * table of ints over the points rather than a {@code HashMap<Coordinate, Integer>}: the tessellation numbers every
 * vertex of its noded lines (10,000 shipped, 100,000 at scale 100) once per build, and an entry, a boxed number and
 * a coordinate per vertex were garbage that brought young-generation pauses into the first snapshot. A probe reads the
 * slot, then the point's bits from one array in the order numbered (not a coordinate from elsewhere in the heap:
 * numbering was a sixth of a large tessellation's time, most of it waiting for memory); the bits are kept per point,
 * not per slot, since the table is at most half full (the per-slot copy was the largest array a first snapshot made).
 * Points are equal when their coordinates' bits are (so 0.0 and -0.0 differ, as they do for a {@code HashMap}). Not
 * thread-safe.
 */
final class PointIds {
    private final List<Coordinate> points;
    private int[] slots;  // per slot, the number of the point there plus one; 0 when free
    private long[] bits;  // per point n, the bits of its x at 2n and of its y at 2n + 1

    /** A table for about {@code expected} points (it grows beyond). */
    PointIds(int expected) {
        points = new ArrayList<>(Math.max(8, expected));
        slots = new int[Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2];
        bits = new long[slots.length + 2];  // room for the slots.length / 2 + 1 points the table holds before it grows
    }

    /** The number of the point (x, y): its number when seen before, else the next one, given to a new coordinate. */
    int id(double x, double y) {
        long bx = Double.doubleToLongBits(x), by = Double.doubleToLongBits(y);
        int mask = slots.length - 1;
        int h = hash(bx, by) & mask;
        for (int s = slots[h]; s != 0; s = slots[h]) {
            if (bits[2 * s - 2] == bx && bits[2 * s - 1] == by) return s - 1;
            h = (h + 1) & mask;
        }
        int n = points.size();
        points.add(new Coordinate(x, y));
        slots[h] = n + 1;
        bits[2 * n] = bx;
        bits[2 * n + 1] = by;
        if (points.size() * 2 > slots.length) rehash();
        return n;
    }

    /** The points in the order numbered; do not modify. */
    List<Coordinate> points() {
        return points;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        bits = Arrays.copyOf(bits, slots.length + 2);
        int mask = slots.length - 1;
        for (int n = 0; n < points.size(); n++) {
            int h = hash(bits[2 * n], bits[2 * n + 1]) & mask;
            while (slots[h] != 0) h = (h + 1) & mask;
            slots[h] = n + 1;
        }
    }

    private static int hash(long x, long y) {
        long h = x * 0x9E3779B97F4A7C15L + y;
        h = (h ^ (h >>> 32)) * 0xFF51AFD7ED558CCDL;
        return (int) (h ^ (h >>> 29));
    }
}
