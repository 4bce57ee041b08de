package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;

/**
 * The nodes a recorder finds, put into the lines, are JTS's ({@code NodedSegmentString.getSplitCoordinates()}) once
 * rounded to the noding's 1e-9° grid: a proper crossing is computed here in floating point, by JTS in double-double
 * arithmetic ({@link ProperCrossing}), so the two can differ in the last bits, and where three lines cross at one
 * point JTS's two crossings can be equal and these two a bit apart; rounding makes them one, as it does in the noding.
 */
class NodeRecorderTest {
    /** The lines with the recorders' nodes in them, as {@link NodeRecorder#visitSplitLines} hands them on. */
    static List<Coordinate[]> splitLines(List<Coordinate[]> lines, List<NodeRecorder> recorders) {
        List<Coordinate[]> out = new ArrayList<>(lines.size());
        List<Coordinate> line = new ArrayList<>();
        NodeRecorder.visitSplitLines(lines, recorders, new NodeRecorder.SplitLines() {
            @Override
            public void vertex(double x, double y) {
                line.add(new Coordinate(x, y));
            }

            @Override
            public void endLine() {
                out.add(line.toArray(Coordinate[]::new));
                line.clear();
            }
        });
        return out;
    }

    /** Polylines and closed rings over a small grid (so many meet at vertices and run along each other) and at random. */
    private static List<Coordinate[]> lines(long seed) {
        Random r = new Random(seed);
        List<Coordinate[]> out = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int n = 2 + r.nextInt(8);
            Coordinate[] line = new Coordinate[n];
            for (int k = 0; k < n; k++) {
                double x = r.nextBoolean() ? r.nextInt(20) : r.nextDouble() * 20, y = r.nextBoolean() ? r.nextInt(20) : r.nextDouble() * 20;
                line[k] = new Coordinate(x, y);
                if (k > 0 && line[k].equals2D(line[k - 1])) line[k] = new Coordinate(x + 0.5, y);
            }
            if (i % 5 == 0 && n > 3) line[n - 1] = line[0].copy();
            out.add(line);
        }
        return out;
    }

    @Test
    void linesWithTheRecordedNodes_areThoseJtsSplits() {
        int withSeveralNodes = 0;
        for (long seed = 0; seed < 10; seed++) {
            List<Coordinate[]> lines = lines(seed);
            List<NodedSegmentString> jts = new ArrayList<>();
            for (Coordinate[] l : lines) jts.add(new NodedSegmentString(l, null));
            new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())).computeNodes(jts);

            // Two recorders splitting the pairs between them, as the two parts of a parallel pass do.
            List<NodeRecorder> parts = List.of(new NodeRecorder(), new NodeRecorder());
            List<SegmentString> numbered = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) numbered.add(new BasicSegmentString(lines.get(i), i));
            new MCIndexNoder(new SegmentIntersector() {
                private int pair;

                @Override
                public void processIntersections(SegmentString e0, int i0, SegmentString e1, int i1) {
                    parts.get(pair++ % 2).processIntersections(e0, i0, e1, i1);
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            }).computeNodes(numbered);
            List<Coordinate[]> ours = splitLines(lines, parts);

            for (int i = 0; i < lines.size(); i++) {
                Coordinate[] expected = jts.get(i).getNodeList().getSplitCoordinates();
                assertSamePoints(expected, ours.get(i), "seed " + seed + ", line " + i);
                if (expected.length > lines.get(i).length + 1) withSeveralNodes++;
            }
        }
        assertTrue(withSeveralNodes > 100, "lines with two nodes or more, whose order counts: " + withSeveralNodes);
    }

    /** Both lines rounded as the noded lines are ({@link RoundedLines}, 1e-9°), then the same to the last bit. */
    private static void assertSamePoints(Coordinate[] expected, Coordinate[] actual, String where) {
        assertArrayEquals(new RoundedLines(List.<Coordinate[]>of(expected)).lines().get(0),
                new RoundedLines(List.<Coordinate[]>of(actual)).lines().get(0), where);
    }
}
