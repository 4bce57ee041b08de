package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.BoundaryChainNoder;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;

/**
 * The boundary of a polygonal coverage as chains, for a coverage union: JTS's {@link BoundaryChainNoder} (the
 * segments not shared by two polygons, chained), with every chain also split where the boundary passes through a
 * vertex more than once. JTS 1.20 does not split there, so its {@code CoverageUnion} returns a ring that touches
 * itself where a zone's outline visits one vertex twice (fixed in JTS 1.21, locationtech/jts#1134, which is not
 * available to this build); with the split, the overlay's graph has a node there and builds valid rings.
 * Not thread-safe: one instance per union.
 */
final class CoverageBoundaryNoder implements Noder {
    private final BoundaryChainNoder chains = new BoundaryChainNoder();
    private List<SegmentString> noded;

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void computeNodes(Collection segStrings) {
        chains.computeNodes(segStrings);
        List<SegmentString> extracted = new ArrayList<>((Collection<SegmentString>) chains.getNodedSubstrings());
        Set<Coordinate> nodes = nodes(extracted);
        noded = new ArrayList<>(extracted.size());
        for (SegmentString chain : extracted) split(chain, nodes, noded);
    }

    /** Chain ends, and interior vertices that occur more than once among all chains. */
    private static Set<Coordinate> nodes(List<SegmentString> chains) {
        Set<Coordinate> nodes = new HashSet<>();
        Set<Coordinate> interior = new HashSet<>();
        for (SegmentString c : chains) {
            nodes.add(c.getCoordinate(0));
            nodes.add(c.getCoordinate(c.size() - 1));
        }
        for (SegmentString c : chains) {
            for (int i = 1; i < c.size() - 1; i++) {
                Coordinate p = c.getCoordinate(i);
                if (!interior.add(p)) nodes.add(p);
            }
        }
        return nodes;
    }

    private static void split(SegmentString chain, Set<Coordinate> nodes, List<SegmentString> out) {
        Coordinate[] pts = chain.getCoordinates();
        int start = 0;
        for (int i = 1; i < pts.length - 1; i++) {
            if (nodes.contains(pts[i])) {
                out.add(new BasicSegmentString(Arrays.copyOfRange(pts, start, i + 1), chain.getData()));
                start = i;
            }
        }
        out.add(start == 0 ? chain : new BasicSegmentString(Arrays.copyOfRange(pts, start, pts.length), chain.getData()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Collection getNodedSubstrings() {
        return noded;
    }
}
