package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;

class ChainGridNoderTest {
    /** Random polylines and circles, some long, some repeated, some a single point wide. */
    private static List<Coordinate[]> lines(int n, long seed) {
        Random r = new Random(seed);
        List<Coordinate[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double cx = r.nextDouble() * 10, cy = r.nextDouble() * 5, radius = r.nextDouble() * (i % 10 == 0 ? 4 : 0.5);
            int k = 3 + r.nextInt(40);
            Coordinate[] ring = new Coordinate[k + 1];
            for (int j = 0; j < k; j++) {
                double a = 2 * Math.PI * j / k;
                ring[j] = new Coordinate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            }
            ring[k] = i % 3 == 0 ? ring[0] : new Coordinate(cx, cy);
            out.add(ring);
            if (i % 13 == 0) out.add(ring.clone());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Coordinate[]> node(List<Coordinate[]> lines, Noder noder) {
        List<SegmentString> in = new ArrayList<>();
        for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
        noder.computeNodes(in);
        List<Coordinate[]> out = new ArrayList<>();
        for (SegmentString s : (Collection<SegmentString>) noder.getNodedSubstrings()) out.add(s.getCoordinates());
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "40, 3", "400, 4"})
    void nodes_asMCIndexNoderDoes(int n, long seed) {
        List<Coordinate[]> lines = lines(n, seed);
        List<Coordinate[]> expected = node(lines, new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())));
        List<Coordinate[]> actual = node(lines, new ChainGridNoder(new IntersectionAdder(new RobustLineIntersector())));
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), actual.get(i));
    }

    /** Every call an intersector gets: the two strings' numbers and segment indices, in the order of the arguments. */
    private static final class Calls implements SegmentIntersector {
        final List<String> seen = new ArrayList<>();

        @Override
        public void processIntersections(SegmentString e0, int i0, SegmentString e1, int i1) {
            seen.add(e0.getData() + ":" + i0 + " " + e1.getData() + ":" + i1);
        }

        @Override
        public boolean isDone() {
            return false;
        }
    }

    private static List<String> calls(List<Coordinate[]> lines, java.util.function.Function<Calls, Noder> noder) {
        List<SegmentString> in = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) in.add(new NodedSegmentString(lines.get(i), i));
        Calls calls = new Calls();
        noder.apply(calls).computeNodes(in);
        Collections.sort(calls.seen);
        return calls.seen;
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "40, 3", "400, 4"})
    void handsTheIntersectorTheSegmentPairsMCIndexNoderHandsIt(int n, long seed) {
        List<Coordinate[]> lines = lines(n, seed);
        List<String> expected = calls(lines, MCIndexNoder::new);
        List<String> actual = calls(lines, ChainGridNoder::new);
        assertEquals(expected, actual);
        assertFalse(actual.isEmpty(), "some pairs are compared");
    }
}
