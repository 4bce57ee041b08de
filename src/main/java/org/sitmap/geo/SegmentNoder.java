package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.IteratedNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.NodingIntersectionFinder;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentIntersector;
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

    /** The distinct noded segments of the lines, each normalized (lower end first), on the calling thread. */
    static NodedSegments node(List<Coordinate[]> lines) {
        return node(lines, (int[]) null);
    }

    /**
     * {@link #node(List)} for lines some of which are known not to cross each other: {@code diagram} gives each line's
     * Voronoi diagram (0 for none, or null when no line is an edge of one), and two edges of one diagram are not
     * compared for nodes. They meet only at their shared ends in the plane; should projecting them to degrees have
     * made two of them cross all the same, the check of the noding, which compares every pair, finds it and the lines
     * are noded again the slower ways.
     */
    static NodedSegments node(List<Coordinate[]> lines, int[] diagram) {
        RoundedLines noded = nodedLines(lines, diagram);
        return isNoded(noded.lines()) ? noded.uniqueSegments() : renoded(lines);
    }

    /**
     * The noded segments handed to {@code then}, whose answer is returned. The floating-point pass runs in two parts
     * on the common pool, and its check runs there beside {@code then}, which starts on the segments at once: the
     * check almost always passes, so the work is rarely thrown away (when it fails, {@code then} runs again on
     * segments noded the slower ways). The segments are those of {@link #node(List)}: the floating-point pass's two
     * parts ({@link ChainGridNoder#computeNodesInParts}) see the pairs one pass sees, and a line's nodes are a set.
     */
    static <T> T node(List<Coordinate[]> lines, Function<NodedSegments, T> then) {
        return node(lines, null, then);
    }

    /** {@link #node(List, Function)} for lines with their Voronoi diagrams, as {@link #node(List, int[])} takes them. */
    static <T> T node(List<Coordinate[]> lines, int[] diagram, Function<NodedSegments, T> then) {
        RoundedLines noded = nodedLinesInParts(lines, diagram);
        ForkJoinTask<Boolean> check = ForkJoinPool.commonPool().submit(() -> isNoded(noded.lines()));
        T answer;
        try {
            answer = then.apply(noded.uniqueSegments());
        } catch (RuntimeException | Error e) {
            check.cancel(false);
            throw e;
        }
        return check.join() ? answer : then.apply(renoded(lines));
    }

    /** The lines noded when floating point left crossings: iterated, else snap-rounded. */
    private static NodedSegments renoded(List<Coordinate[]> lines) {
        try {
            RoundedLines noded = rounded(node(lines, new IteratedNoder(new PrecisionModel())));
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
        NodingIntersectionFinder crossing = finder();
        ChainGridNoder finder = new ChainGridNoder(new SharedEndFilter(crossing));
        finder.computeNodes(numbered(lines));
        return !crossing.hasIntersection();
    }

    private static NodingIntersectionFinder finder() {
        NodingIntersectionFinder crossing = new NodingIntersectionFinder(new RobustLineIntersector());
        crossing.setInteriorIntersectionsOnly(true);
        return crossing;
    }

    /**
     * {@link #nodedLines} in two parts over the same lines and chains, each recording its nodes apart
     * ({@link NodeRecorder}); the nodes of both are then put into the lines, ordered along them, so the lines come out
     * as one pass makes them.
     */
    private static RoundedLines nodedLinesInParts(List<Coordinate[]> lines, int[] diagram) {
        List<NodeRecorder> parts = List.of(new NodeRecorder(), new NodeRecorder());
        ChainGridNoder.computeNodesInParts(numbered(lines), diagram, skippingSharedEnds(parts));
        return RoundedLines.split(lines, parts);
    }

    private static List<SegmentIntersector> skippingSharedEnds(List<? extends SegmentIntersector> intersectors) {
        return intersectors.stream().<SegmentIntersector>map(SharedEndFilter::new).toList();
    }

    /** The lines as segment strings whose data is their number (for {@link NodeRecorder}). */
    private static List<SegmentString> numbered(List<Coordinate[]> lines) {
        List<SegmentString> strings = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) strings.add(new BasicSegmentString(lines.get(i), i));
        return strings;
    }

    private static RoundedLines rounded(Collection<SegmentString> noded) {
        List<Coordinate[]> lines = new ArrayList<>(noded.size());
        for (SegmentString line : noded) lines.add(line.getCoordinates());
        return new RoundedLines(lines);
    }

    /**
     * The lines noded in floating point, each whole with its nodes inserted (not cut at them), rounded: the same
     * segments in the same order as the noded substrings, in fewer, longer monotone chains, which makes checking them
     * faster.
     */
    private static RoundedLines nodedLines(List<Coordinate[]> lines, int[] diagram) {
        NodeRecorder nodes = new NodeRecorder();
        new ChainGridNoder(new SharedEndFilter(nodes), diagram).computeNodes(numbered(lines));
        return RoundedLines.split(lines, List.of(nodes));
    }

    @SuppressWarnings("unchecked")
    private static Collection<SegmentString> node(List<Coordinate[]> lines, Noder noder) {
        List<SegmentString> in = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
        noder.computeNodes(in);
        return noder.getNodedSubstrings();
    }
}
