package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.SegmentString;

class SegmentNoderTest {
    private static Coordinate[] line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        return cs;
    }

    private static List<LineSegment> segments(NodedSegments s) {
        List<LineSegment> out = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) out.add(s.segment(k));
        return out;
    }

    @Test
    void overlappingLines_giveEachSegmentOnce_lowerEndFirst_inTheOrderMet() {
        NodedSegments s = SegmentNoder.node(List.of(line(0, 0, 1, 0, 2, 0), line(2, 0, 1, 0, 1, 1)));
        assertEquals(List.of(new LineSegment(0, 0, 1, 0), new LineSegment(1, 0, 2, 0), new LineSegment(1, 0, 1, 1)),
                segments(s));
        assertEquals(4, s.nodes().size());
    }

    @Test
    void crossingLines_areCutWhereTheyCross() {
        NodedSegments s = SegmentNoder.node(List.of(line(0, 0, 2, 2), line(0, 2, 2, 0)));
        assertEquals(List.of(new LineSegment(0, 0, 1, 1), new LineSegment(1, 1, 2, 2), new LineSegment(0, 2, 1, 1),
                new LineSegment(1, 1, 2, 0)), segments(s));
    }

    @Test
    void endsARoundingErrorApart_becomeOnePoint() {
        NodedSegments s = SegmentNoder.node(List.of(line(0, 0, 1, 0), line(1 + 1e-13, 1e-13, 1, 1)));
        assertEquals(3, s.nodes().size());
        assertArrayEquals(new int[] {0, 1, 1, 2}, s.ends());
        assertEquals(new Coordinate(1, 0), s.nodes().get(1));
    }

    @Test
    void aLineThatRoundsToOnePoint_isDropped() {
        NodedSegments s = SegmentNoder.node(List.of(line(0, 0, 1, 0), line(5, 5, 5 + 1e-12, 5)));
        assertEquals(List.of(new LineSegment(0, 0, 1, 0)), segments(s));
    }

    /** Many random lines and circles crossing each other, some at shared points: the two parts find what one pass does. */
    @Test
    void nodingInParts_givesTheSegmentsOfOnePass() {
        for (long seed = 0; seed < 10; seed++) {
            java.util.Random r = new java.util.Random(seed);
            List<Coordinate[]> lines = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = 2 + r.nextInt(6);
                double[] xy = new double[2 * n];
                for (int k = 0; k < xy.length; k++) xy[k] = r.nextBoolean() ? r.nextInt(50) : r.nextDouble() * 50;
                lines.add(line(xy));
            }
            NodedSegments one = SegmentNoder.node(lines), parts = SegmentNoder.node(lines, segments -> segments);
            assertEquals(one.nodes(), parts.nodes(), "seed " + seed);
            assertArrayEquals(one.ends(), parts.ends(), "seed " + seed);
        }
    }

    /**
     * Forty lines crossing within a nanometre of one point defeat floating-point noding. The waited-for path has
     * already handed the first segments on while the check ran; it then hands on the segments of the slower noding,
     * and answers with that: the one-thread path's segments.
     */
    @Test
    void whenTheCheckFails_theWaitedForPathHandsOnTheSlowerNodingsSegments() {
        java.util.Random r = new java.util.Random(0);
        List<Coordinate[]> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double angle = r.nextDouble() * Math.PI, length = 1 + r.nextDouble();
            double cx = r.nextDouble() * 1e-9, cy = r.nextDouble() * 1e-9;
            lines.add(line(cx - length * Math.cos(angle), cy - length * Math.sin(angle),
                    cx + length * Math.cos(angle) + r.nextDouble() * 1e-7, cy + length * Math.sin(angle)));
        }
        List<NodedSegments> handedOn = new ArrayList<>();
        NodedSegments answer = SegmentNoder.node(lines, segments -> {
            handedOn.add(segments);
            return segments;
        });
        assertEquals(2, handedOn.size(), "the first segments, then the slower noding's");
        assertSame(handedOn.get(1), answer);
        NodedSegments one = SegmentNoder.node(lines);
        assertEquals(one.nodes(), answer.nodes());
        assertArrayEquals(one.ends(), answer.ends());
    }

    /**
     * Edges of one Voronoi diagram meet only at their ends, so they are not compared with each other; lines of
     * different diagrams, and lines of none, still are. Random sites' diagram edges with circles around some sites give
     * the segments of noding every pair, both on one thread and on the waited-for path.
     */
    @Test
    void edgesOfOneDiagram_areNotComparedWithEachOther_yetGiveTheSegmentsOfComparingEveryPair() {
        for (long seed = 0; seed < 8; seed++) {
            java.util.Random r = new java.util.Random(seed);
            List<Coordinate> sites = new ArrayList<>();
            for (int i = 0; i < 60; i++) sites.add(new Coordinate(r.nextDouble() * 50, r.nextDouble() * 50));
            List<Coordinate[]> lines = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            Set<LineSegment> seen = new HashSet<>();
            for (Polygon cell : VoronoiCells.of(sites, new Envelope(-10, 60, -10, 60))) {
                Coordinate[] ring = cell.getExteriorRing().getCoordinates();
                for (int k = 0; k + 1 < ring.length; k++) {
                    LineSegment edge = new LineSegment(ring[k], ring[k + 1]);
                    edge.normalize();
                    if (!seen.add(edge)) continue;
                    lines.add(new Coordinate[] {edge.p0, edge.p1});
                    groups.add(1 + (int) (seed % 2));
                }
            }
            for (int i = 0; i < 15; i++) {
                Coordinate c = sites.get(i);
                double radius = 2 + r.nextDouble() * 6;
                double[] xy = new double[2 * 33];
                for (int k = 0; k <= 32; k++) {
                    xy[2 * k] = c.x + radius * Math.cos(2 * Math.PI * (k % 32) / 32);
                    xy[2 * k + 1] = c.y + radius * Math.sin(2 * Math.PI * (k % 32) / 32);
                }
                lines.add(line(xy));
                groups.add(0);
            }
            int[] diagram = groups.stream().mapToInt(Integer::intValue).toArray();
            NodedSegments every = SegmentNoder.node(lines);
            NodedSegments grouped = SegmentNoder.node(lines, diagram);
            NodedSegments waited = SegmentNoder.node(lines, diagram, segments -> segments);
            assertEquals(every.nodes(), grouped.nodes(), "seed " + seed);
            assertArrayEquals(every.ends(), grouped.ends(), "seed " + seed);
            assertEquals(every.nodes(), waited.nodes(), "seed " + seed);
            assertArrayEquals(every.ends(), waited.ends(), "seed " + seed);
        }
    }

    /** Two crossing lines given as edges of one diagram are not cut; as edges of two diagrams, or of none, they are. */
    @Test
    void linesOfOneGroup_areNotCutWhereTheyCross_linesOfTwoGroupsAre() {
        List<Coordinate[]> crossing = List.of(line(0, 0, 2, 2), line(0, 2, 2, 0));
        NodeRecorder sameGroup = new NodeRecorder(), twoGroups = new NodeRecorder();
        new ChainGridNoder(sameGroup, new int[] {1, 1}).computeNodes(numbered(crossing));
        new ChainGridNoder(twoGroups, new int[] {1, 2}).computeNodes(numbered(crossing));
        assertEquals(List.of(2, 2), lengths(NodeRecorderTest.splitLines(crossing, List.of(sameGroup))));
        assertEquals(List.of(3, 3), lengths(NodeRecorderTest.splitLines(crossing, List.of(twoGroups))));
    }

    private static List<SegmentString> numbered(List<Coordinate[]> lines) {
        List<SegmentString> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) out.add(new BasicSegmentString(lines.get(i), i));
        return out;
    }

    private static List<Integer> lengths(List<Coordinate[]> lines) {
        return lines.stream().map(l -> l.length).toList();
    }
}
