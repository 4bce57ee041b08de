package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.IteratedNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.NodingIntersectionFinder;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentNode;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nodes lines into distinct segments that meet only at their ends: one floating-point pass, iterated when rounding
 * leaves crossings, snap-rounded to a 1e-5° grid (about 1 m) when that fails too. Works in lon/lat degrees. Stateless; thread-safe.
 */
final class SegmentNoder {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentNoder.class);
    /** Fallback grid when floating-point noding fails: 1e-5 degrees (about 1 m). */
    static final PrecisionModel GRID = new PrecisionModel(1e5);

    private SegmentNoder() {
    }

    /** The distinct noded segments of the lines, each normalized (lower end first). */
    static NodedSegments node(List<Coordinate[]> lines) {
        return node(lines, false);
    }

    /**
     * The same, {@code parallel}: the floating-point pass and its check each run in two parts on the common pool
     * ({@link ChainGridNoder#computeNodesInParts}); the segments are the same.
     */
    static NodedSegments node(List<Coordinate[]> lines, boolean parallel) {
        RoundedLines noded = new RoundedLines(parallel ? nodedLinesInParts(lines) : nodedLines(lines));
        if (parallel ? isNodedInParts(noded.lines()) : isNoded(noded.lines())) return noded.uniqueSegments();
        try {
            noded = rounded(node(lines, new IteratedNoder(new PrecisionModel())));
            if (isNoded(noded.lines())) return noded.uniqueSegments();
        } catch (TopologyException e) {
            LOG.debug("iterated noding did not converge: {}", e.getMessage());
        }
        LOG.debug("floating-point noding left crossings; snap-rounding to the 1e-5° grid");
        return rounded(node(lines, new SnapRoundingNoder(GRID))).uniqueSegments();
    }

    /**
     * Whether no two segments of the lines cross or overlap except at their ends. The lines are checked as they are
     * (not cut into single segments): monotone chains of many segments index and compare far faster, and meeting at
     * an inner vertex of a line is fine here, so only interior intersections count.
     */
    private static boolean isNoded(List<Coordinate[]> lines) {
        List<SegmentString> strings = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) strings.add(new NodedSegmentString(l, null));
        NodingIntersectionFinder crossing = finder();
        ChainGridNoder finder = new ChainGridNoder(crossing);
        finder.computeNodes(strings);
        return !crossing.hasIntersection();
    }

    /** {@link #isNoded} in two parts, each with its own finder. */
    private static boolean isNodedInParts(List<Coordinate[]> lines) {
        List<SegmentString> strings = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) strings.add(new NodedSegmentString(l, null));
        List<NodingIntersectionFinder> finders = List.of(finder(), finder());
        ChainGridNoder.computeNodesInParts(List.of(strings, strings), List.copyOf(finders));
        return finders.stream().noneMatch(NodingIntersectionFinder::hasIntersection);
    }

    private static NodingIntersectionFinder finder() {
        NodingIntersectionFinder crossing = new NodingIntersectionFinder(new RobustLineIntersector());
        crossing.setInteriorIntersectionsOnly(true);
        return crossing;
    }

    /**
     * {@link #nodedLines} in two parts, each adding nodes to its own copy of the lines; the second copy's nodes are
     * then added to the first's. A line's nodes are a set ordered along it, so the lines come out as one pass makes them.
     */
    private static List<Coordinate[]> nodedLinesInParts(List<Coordinate[]> lines) {
        List<NodedSegmentString> a = new ArrayList<>(lines.size()), b = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) {
            a.add(new NodedSegmentString(l, null));
            b.add(new NodedSegmentString(l, null));
        }
        ChainGridNoder.computeNodesInParts(List.of(a, b), List.of(new IntersectionAdder(new RobustLineIntersector()),
                new IntersectionAdder(new RobustLineIntersector())));
        List<Coordinate[]> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            for (java.util.Iterator<?> it = b.get(i).getNodeList().iterator(); it.hasNext(); ) {
                SegmentNode node = (SegmentNode) it.next();
                a.get(i).getNodeList().add(node.coord, node.segmentIndex);
            }
            out.add(a.get(i).getNodeList().getSplitCoordinates());
        }
        return out;
    }

    private static RoundedLines rounded(Collection<SegmentString> noded) {
        List<Coordinate[]> lines = new ArrayList<>(noded.size());
        for (SegmentString line : noded) lines.add(line.getCoordinates());
        return new RoundedLines(lines);
    }

    /**
     * The lines noded in floating point, each whole with its nodes inserted (not cut at them): the same segments in
     * the same order as the noded substrings, in fewer, longer monotone chains, which makes checking them faster.
     */
    private static List<Coordinate[]> nodedLines(List<Coordinate[]> lines) {
        List<NodedSegmentString> in = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
        new ChainGridNoder(new IntersectionAdder(new RobustLineIntersector())).computeNodes(in);
        List<Coordinate[]> out = new ArrayList<>(in.size());
        for (NodedSegmentString s : in) out.add(s.getNodeList().getSplitCoordinates());
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Collection<SegmentString> node(List<Coordinate[]> lines, Noder noder) {
        List<SegmentString> in = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
        noder.computeNodes(in);
        return noder.getNodedSubstrings();
    }
}
