package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Noded lines with their vertices rounded to 1e-9° (0.1 mm): floating-point noding can leave two nodes a rounding
 * error apart, which should be one. Vertices that rounding makes equal to the previous one are dropped, and so are
 * lines left with a single vertex. Equal rounded points share one numbered {@link Coordinate}, so that the distinct
 * segments come out as point numbers without a map keyed by coordinates (see {@link PointIds}). Not thread-safe.
 */
final class RoundedLines {
    /** Noded ends are rounded to this many units per degree (1e-9°, about 0.1 mm). */
    private static final double ROUND = 1e9;

    private final List<Coordinate[]> lines;
    /** Per line, its points' numbers (kept so the segments need not look them up again). */
    private final List<int[]> lineIds;
    private final PointIds ids;

    RoundedLines(List<Coordinate[]> noded) {
        this(noded.size(), vertexCount(noded));
        Rounder rounder = new Rounder();
        for (Coordinate[] cs : noded) {
            for (Coordinate c : cs) rounder.vertex(c.x, c.y);
            rounder.endLine();
        }
    }

    /** Room for about so many lines and vertices before rounding. */
    private RoundedLines(int lineCount, int vertices) {
        ids = new PointIds(vertices * 2 / 3);  // rounding merges a third or more of them (38 % at scale 100)
        lines = new ArrayList<>(lineCount);
        lineIds = new ArrayList<>(lineCount);
    }

    /**
     * The lines split at the recorders' nodes ({@link NodeRecorder#visitSplitLines}), rounded as they are split: the
     * split lines themselves are never made.
     */
    static RoundedLines split(List<Coordinate[]> lines, List<NodeRecorder> recorders) {
        int vertices = vertexCount(lines);
        for (NodeRecorder r : recorders) vertices += r.size();
        RoundedLines rounded = new RoundedLines(lines.size(), vertices);
        NodeRecorder.visitSplitLines(lines, recorders, rounded.new Rounder());
        return rounded;
    }

    private static int vertexCount(List<Coordinate[]> lines) {
        int vertices = 0;
        for (Coordinate[] cs : lines) vertices += cs.length;
        return vertices;
    }

    /**
     * Rounds a line's vertices as they come, drops those equal to the one before, and keeps the line when two are
     * left.
     */
    private final class Rounder implements NodeRecorder.SplitLines {
        private double[] xs = new double[16], ys = new double[16];
        private int n;

        @Override
        public void vertex(double x, double y) {
            double rx = Math.rint(x * ROUND) / ROUND, ry = Math.rint(y * ROUND) / ROUND;
            if (n > 0 && xs[n - 1] == rx && ys[n - 1] == ry) return;
            if (n == xs.length) {
                xs = Arrays.copyOf(xs, 2 * n);
                ys = Arrays.copyOf(ys, 2 * n);
            }
            xs[n] = rx;
            ys[n++] = ry;
        }

        @Override
        public void endLine() {
            if (n >= 2) {
                Coordinate[] line = new Coordinate[n];
                int[] numbers = new int[n];
                for (int i = 0; i < n; i++) {
                    numbers[i] = ids.id(xs[i], ys[i]);
                    line[i] = ids.points().get(numbers[i]);
                }
                lines.add(line);
                lineIds.add(numbers);
            }
            n = 0;
        }
    }

    /** The rounded lines; do not modify. */
    List<Coordinate[]> lines() {
        return lines;
    }

    /**
     * The distinct segments of the lines, in the order first met: lines that overlap (two equal circles) are noded
     * into identical segments, which the face builder must see once. A segment is looked for among those kept from
     * its lower end, a short list (a point has a few segments), linked through int arrays.
     */
    NodedSegments uniqueSegments() {
        int[] last = new int[ids.points().size()];  // per point, the last segment kept from it, plus one; 0 when none
        int segments = 0;
        for (Coordinate[] cs : lines) segments += cs.length - 1;  // at most this many are kept: no growing
        int[] previous = new int[segments];    // per segment kept, the one kept before it from the same point, plus one
        int[] ends = new int[2 * segments];
        int n = 0;
        for (int l = 0; l < lines.size(); l++) {
            Coordinate[] cs = lines.get(l);
            int[] numbers = lineIds.get(l);
            for (int i = 0; i + 1 < cs.length; i++) {
                int a = numbers[i], b = numbers[i + 1];
                if (cs[i + 1].compareTo(cs[i]) < 0) {
                    int t = a;
                    a = b;
                    b = t;
                }
                if (kept(a, b, last, previous, ends)) continue;
                previous[n] = last[a];
                last[a] = n + 1;
                ends[2 * n] = a;
                ends[2 * n + 1] = b;
                n++;
            }
        }
        return new NodedSegments(ids.points(), Arrays.copyOf(ends, 2 * n));
    }

    private static boolean kept(int a, int b, int[] last, int[] previous, int[] ends) {
        for (int k = last[a]; k != 0; k = previous[k - 1]) if (ends[2 * k - 1] == b) return true;
        return false;
    }
}
