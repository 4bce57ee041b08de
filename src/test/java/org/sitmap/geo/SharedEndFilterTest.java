package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

class SharedEndFilterTest {
    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }

    @Test
    void segmentsMeetingAtAnEnd_atAnAngle_areSkipped() {
        assertTrue(SharedEndFilter.meetOnlyAtASharedEnd(c(0, 0), c(1, 0), c(1, 0), c(2, 1)));
        assertTrue(SharedEndFilter.meetOnlyAtASharedEnd(c(0, 0), c(1, 0), c(0, 5), c(0, 0)));
    }

    @Test
    void segmentsThatMayShareMoreThanAnEnd_orNoEnd_areNotSkipped() {
        assertFalse(SharedEndFilter.meetOnlyAtASharedEnd(c(0, 0), c(2, 0), c(0, 0), c(1, 0)), "overlapping");
        assertFalse(SharedEndFilter.meetOnlyAtASharedEnd(c(0, 0), c(1, 0), c(1, 0), c(2, 0)), "on one line");
        assertFalse(SharedEndFilter.meetOnlyAtASharedEnd(c(0, 0), c(1, 0), c(1, 0), c(0, 0)), "reversed");
        assertFalse(SharedEndFilter.meetOnlyAtASharedEnd(c(0, 0), c(0, 0), c(0, 0), c(1, 1)), "degenerate");
        assertFalse(SharedEndFilter.meetOnlyAtASharedEnd(c(0, 0), c(2, 2), c(0, 2), c(2, 0)), "crossing");
    }

    /**
     * Voronoi edges (which meet at their ends) with random circles and lines across them: the zone noder, which skips
     * pairs meeting only at a shared end, gives the segments JTS's own noder gives with every pair computed.
     */
    @Test
    void noding_givesTheSegmentsOfJtsNoderWithEveryPairComputed() {
        for (long seed = 0; seed < 8; seed++) {
            Random r = new Random(seed);
            List<Coordinate> sites = new ArrayList<>();
            for (int i = 0; i < 200; i++) sites.add(c(r.nextDouble() * 10, r.nextDouble() * 10));
            VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
            vb.setSites(sites);
            List<Coordinate[]> lines = new ArrayList<>();
            var cells = vb.getDiagram(Geometries.FACTORY);
            for (int i = 0; i < cells.getNumGeometries(); i++) {
                Coordinate[] ring = cells.getGeometryN(i).getCoordinates();
                for (int k = 0; k + 1 < ring.length; k++) lines.add(new Coordinate[] {ring[k], ring[k + 1]});
            }
            for (int i = 0; i < 30; i++) {
                double cx = r.nextDouble() * 10, cy = r.nextDouble() * 10, radius = r.nextDouble();
                Coordinate[] circle = new Coordinate[25];
                for (int k = 0; k < 24; k++) {
                    circle[k] = c(cx + radius * Math.cos(k * Math.PI / 12), cy + radius * Math.sin(k * Math.PI / 12));
                }
                circle[24] = circle[0];
                lines.add(circle);
            }
            NodedSegments ours = seed % 2 == 0 ? SegmentNoder.node(lines, segments -> segments) : SegmentNoder.node(lines);

            List<NodedSegmentString> in = new ArrayList<>();
            for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
            new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())).computeNodes(in);
            List<Coordinate[]> noded = new ArrayList<>();
            for (NodedSegmentString s : in) noded.add(s.getNodeList().getSplitCoordinates());
            NodedSegments jts = new RoundedLines(noded).uniqueSegments();

            assertEquals(jts.nodes(), ours.nodes(), "seed " + seed);
            assertArrayEquals(jts.ends(), ours.ends(), "seed " + seed);
        }
    }
}
