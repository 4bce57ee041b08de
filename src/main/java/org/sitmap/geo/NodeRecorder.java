package org.sitmap.geo;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Octant;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentPointComparator;
import org.locationtech.jts.noding.SegmentString;

/**
 * Where segments meet, found as JTS's {@link IntersectionAdder} finds it, kept in arrays instead of each line's
 * {@link NodedSegmentString} node list: a noding pass over the zone lines found tens of thousands of nodes, each a
 * tree entry, a node object and two copied coordinates, and every line carried a tree even without nodes. The lines
 * are {@link SegmentString}s whose data is their number in the list. Several recorders (one per part of a parallel
 * pass) can record over the same lines; {@link #visitSplitLines} puts their nodes into the lines as
 * {@code NodedSegmentString.getSplitCoordinates()} would. A proper crossing's point is computed in floating point
 * ({@link ProperCrossing}), not in JTS's double-double arithmetic; every other meeting is JTS's intersector's. Not
 * thread-safe; one per part.
 */
final class NodeRecorder implements SegmentIntersector {
    private final LineIntersector li = new RobustLineIntersector();
    private final double[] crossing = new double[2];
    private int[] lineOf = new int[256];
    private int[] segmentOf = new int[256];
    private double[] xy = new double[512];
    private int size;

    @Override
    public void processIntersections(SegmentString e0, int segIndex0, SegmentString e1, int segIndex1) {
        if (e0 == e1 && segIndex0 == segIndex1) return;
        Coordinate p1 = e0.getCoordinate(segIndex0), p2 = e0.getCoordinate(segIndex0 + 1);
        Coordinate q1 = e1.getCoordinate(segIndex1), q2 = e1.getCoordinate(segIndex1 + 1);
        // JTS's intersector's own first tests, so that a pair it would find apart is found apart here too.
        if (!Envelope.intersects(p1, p2, q1, q2)) return;
        int pq1 = Orientation.index(p1, p2, q1), pq2 = Orientation.index(p1, p2, q2);
        if (pq1 * pq2 > 0) return;
        int qp1 = Orientation.index(q1, q2, p1), qp2 = Orientation.index(q1, q2, p2);
        if (qp1 * qp2 > 0) return;
        if (pq1 != 0 && pq2 != 0 && qp1 != 0 && qp2 != 0 && ProperCrossing.at(p1, p2, q1, q2, crossing)) {
            add(e0, segIndex0, crossing[0], crossing[1]);  // a proper crossing is never trivial: no shared vertex
            add(e1, segIndex1, crossing[0], crossing[1]);
            return;
        }
        li.computeIntersection(p1, p2, q1, q2);
        if (!li.hasIntersection() || isTrivial(e0, segIndex0, e1, segIndex1)) return;
        for (int i = 0; i < li.getIntersectionNum(); i++) {
            Coordinate p = li.getIntersection(i);
            add(e0, segIndex0, p.x, p.y);
            add(e1, segIndex1, p.x, p.y);
        }
    }

    @Override
    public boolean isDone() {
        return false;
    }

    /** How many nodes were recorded (a node on two lines counts twice). */
    int size() {
        return size;
    }

    /** As {@link IntersectionAdder}: a line meeting itself at the vertex between two of its segments. */
    private boolean isTrivial(SegmentString e0, int segIndex0, SegmentString e1, int segIndex1) {
        if (e0 != e1 || li.getIntersectionNum() != 1) return false;
        if (Math.abs(segIndex0 - segIndex1) == 1) return true;
        int last = e0.size() - 1;  // as JTS has it (the last vertex's index): a node at the closing vertex changes nothing
        return e0.isClosed() && (segIndex0 == 0 && segIndex1 == last || segIndex1 == 0 && segIndex0 == last);
    }

    /** As {@code NodedSegmentString.addIntersection}: a node on the next vertex belongs to the next segment. */
    private void add(SegmentString line, int segment, double x, double y) {
        if (segment + 1 < line.size()) {
            Coordinate next = line.getCoordinate(segment + 1);
            if (next.x == x && next.y == y) segment++;
        }
        if (size == lineOf.length) {
            lineOf = Arrays.copyOf(lineOf, size * 2);
            segmentOf = Arrays.copyOf(segmentOf, size * 2);
            xy = Arrays.copyOf(xy, size * 4);
        }
        lineOf[size] = (Integer) line.getData();
        segmentOf[size] = segment;
        xy[2 * size] = x;
        xy[2 * size + 1] = y;
        size++;
    }

    /** Receives the split lines vertex by vertex, each line ended before the next begins. */
    interface SplitLines {
        void vertex(double x, double y);

        void endLine();
    }

    /**
     * Hands {@code to} the vertices of each line with the recorders' nodes in it, in the lines' order: the nodes
     * ordered along the line as JTS's {@code SegmentNode}s are (by segment, a node on a segment's first vertex first,
     * then by {@link SegmentPointComparator} in the segment's octant), a point equal to the one before it dropped (the
     * coordinates {@code getSplitCoordinates()} gives; a line without nodes as it is). The split lines are not made:
     * they are only rounded and numbered ({@link RoundedLines#split}), and a coordinate per vertex and a list per line
     * were garbage (the largest of a first snapshot's noding).
     */
    static void visitSplitLines(List<Coordinate[]> lines, List<NodeRecorder> recorders, SplitLines to) {
        int total = 0;
        for (NodeRecorder r : recorders) total += r.size;
        int[] first = new int[lines.size() + 1];  // line i's nodes are order[first[i]] to order[first[i + 1] - 1]
        for (NodeRecorder r : recorders) for (int k = 0; k < r.size; k++) first[r.lineOf[k] + 1]++;
        for (int i = 0; i < lines.size(); i++) first[i + 1] += first[i];
        int[] segment = new int[total];
        double[] x = new double[total], y = new double[total];
        int[] fill = Arrays.copyOf(first, lines.size());
        for (NodeRecorder r : recorders) {
            for (int k = 0; k < r.size; k++) {
                int at = fill[r.lineOf[k]]++;
                segment[at] = r.segmentOf[k];
                x[at] = r.xy[2 * k];
                y[at] = r.xy[2 * k + 1];
            }
        }
        int[] order = new int[16];
        Coordinate[] scratch = {new Coordinate(), new Coordinate()};  // for JTS's comparator, set at each comparison
        for (int i = 0; i < lines.size(); i++) {
            Coordinate[] pts = lines.get(i);
            int n = first[i + 1] - first[i];
            if (n == 0) {
                for (Coordinate p : pts) to.vertex(p.x, p.y);  // a line without nodes as it is
            } else {
                if (order.length < n) order = new int[n];
                for (int k = 0; k < n; k++) order[k] = first[i] + k;
                sortAlong(pts, order, n, segment, x, y, scratch);
                merge(pts, order, n, segment, x, y, to);
            }
            to.endLine();
        }
    }

    /** Insertion sort of a line's nodes (a line has few). */
    private static void sortAlong(Coordinate[] pts, int[] order, int n, int[] segment, double[] x, double[] y,
                                  Coordinate[] scratch) {
        for (int i = 1; i < n; i++) {
            int node = order[i], j = i - 1;
            while (j >= 0 && compare(pts, order[j], node, segment, x, y, scratch) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = node;
        }
    }

    /** {@code SegmentNode.compareTo}; {@code scratch}: two coordinates it may overwrite. */
    private static int compare(Coordinate[] pts, int a, int b, int[] segment, double[] x, double[] y,
                               Coordinate[] scratch) {
        if (segment[a] != segment[b]) return Integer.compare(segment[a], segment[b]);
        if (x[a] == x[b] && y[a] == y[b]) return 0;
        Coordinate start = pts[segment[a]];
        boolean aInterior = !(x[a] == start.x && y[a] == start.y), bInterior = !(x[b] == start.x && y[b] == start.y);
        if (!aInterior) return -1;
        if (!bInterior) return 1;
        int octant = segment[a] + 1 >= pts.length || pts[segment[a]].equals2D(pts[segment[a] + 1]) ? 0
                : Octant.octant(pts[segment[a]], pts[segment[a] + 1]);
        scratch[0].setX(x[a]);
        scratch[0].setY(y[a]);
        scratch[1].setX(x[b]);
        scratch[1].setY(y[b]);
        return SegmentPointComparator.compare(octant, scratch[0], scratch[1]);
    }

    /**
     * Hands on the line's vertices with its sorted nodes after the vertex of their segment, without repeated points.
     */
    private static void merge(Coordinate[] pts, int[] order, int n, int[] segment, double[] x, double[] y,
                              SplitLines to) {
        int k = 0;
        double lastX = Double.NaN, lastY = Double.NaN;  // the vertex handed on last (none yet: NaN equals nothing)
        for (int v = 0; v < pts.length; v++) {
            if (pts[v].x != lastX || pts[v].y != lastY) {
                lastX = pts[v].x;
                lastY = pts[v].y;
                to.vertex(lastX, lastY);
            }
            for (; k < n && segment[order[k]] == v; k++) {
                if (lastX != x[order[k]] || lastY != y[order[k]]) {
                    lastX = x[order[k]];
                    lastY = y[order[k]];
                    to.vertex(lastX, lastY);
                }
            }
        }
    }
}
