package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.chain.MonotoneChain;
import org.locationtech.jts.index.chain.MonotoneChainBuilder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.SinglePassNoder;

/**
 * JTS's {@link MCIndexNoder} with a {@link UniformGrid} in place of its Hilbert R-tree: the same monotone chains with
 * the same ids, and the same pairs of chains with overlapping envelopes handed to the intersector in the same order of
 * arguments (lower id first), so intersectors see the same segment pairs and noding gives the same nodes
 * ({@code ChainGridNoderTest} checks it against {@code MCIndexNoder} on random lines). Strings may be put in groups
 * whose members are known not to cross each other (one Voronoi diagram's edges); chains of one group are then not
 * compared, about half the pairs of the shipped data's noding. Use once; not thread-safe.
 *
 * <p>Kept rather than {@code MCIndexNoder} because the tree's queries are most of the cost of noding the zone lines,
 * whose chains are short and evenly spread: noding the 15,600 lines of the 5,000-place benchmark set takes 20–30 ms
 * here against 40–50 ms with {@code MCIndexNoder} (thread CPU time on the 2-core benchmark machine), and a
 * tessellation nodes twice (once to node, once to check); that set's first snapshot misses its 200 ms target already.
 */
final class ChainGridNoder extends SinglePassNoder {
    private Collection<SegmentString> nodedStrings;
    private final int[] group;

    ChainGridNoder(SegmentIntersector intersector) {
        this(intersector, null);
    }

    /**
     * A noder that does not compare two chains of strings in the same group: {@code group} gives each string's group
     * by the string's number (its {@link SegmentString#getData()}, an Integer), 0 for none; null compares every pair.
     */
    ChainGridNoder(SegmentIntersector intersector, int[] group) {
        super(intersector);
        this.group = group;
    }

    @Override
    public Collection<SegmentString> getNodedSubstrings() {
        return NodedSegmentString.getNodedSubstrings(nodedStrings);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void computeNodes(Collection inputStrings) {
        nodedStrings = inputStrings;
        List<MonotoneChain> chains = chains(inputStrings);
        if (chains.size() > 1) {
            double[] env = envelopes(chains);
            UniformGrid grid = grid(env, chains.size());
            intersect(chains, env, groups(chains, group), grid, grid.itemsByCell(chains.size(), env), segInt, 0, 1);
        }
    }

    /**
     * Hands every pair of overlapping chains of the strings to one of the intersectors, in parallel: part k takes
     * the grid's cells k, k + n, k + 2n... with {@code intersectors.get(k)}. The parts share the strings and their
     * chains (built once), so an intersector must keep what it finds apart from the strings, as {@link NodeRecorder}
     * does. Together the parts see exactly the pairs one pass sees, in the same order of arguments.
     */
    static void computeNodesInParts(List<? extends SegmentString> strings, int[] group,
                                    List<SegmentIntersector> intersectors) {
        int n = intersectors.size();
        List<MonotoneChain> chains = chains(strings);
        if (chains.size() < 2) return;
        double[] env = envelopes(chains);
        UniformGrid grid = grid(env, chains.size());
        UniformGrid.Cells cells = grid.itemsByCell(chains.size(), env);
        int[] chainGroup = groups(chains, group);
        IntStream.range(0, n).parallel()
                .forEach(k -> intersect(chains, env, chainGroup, grid, cells, intersectors.get(k), k, n));
    }

    private static List<MonotoneChain> chains(Collection<?> strings) {
        List<MonotoneChain> chains = new ArrayList<>();
        for (Object o : strings) {
            SegmentString s = (SegmentString) o;
            for (Object c : MonotoneChainBuilder.getChains(s.getCoordinates(), s)) {
                MonotoneChain mc = (MonotoneChain) c;
                mc.setId(chains.size());
                chains.add(mc);
            }
        }
        return chains;
    }

    private static UniformGrid grid(double[] env, int chains) {
        Envelope all = new Envelope();
        for (int c = 0; c < chains; c++) {
            all.expandToInclude(env[4 * c], env[4 * c + 2]);
            all.expandToInclude(env[4 * c + 1], env[4 * c + 3]);
        }
        return new UniformGrid(all, chains, Double.MIN_NORMAL);
    }

    /**
     * Intersects the chains of cells {@code first}, {@code first + step}... The chains' envelopes are read from one
     * array ({@link #envelopes}): comparing every pair in a cell through {@code getEnvelope()} and
     * {@code Envelope.intersects} was a fifth of a large tessellation's noding.
     */
    private static void intersect(List<MonotoneChain> chains, double[] env, int[] group, UniformGrid grid,
                                  UniformGrid.Cells cells, SegmentIntersector segInt, int first, int step) {
        MCIndexNoder.SegmentOverlapAction action = new MCIndexNoder.SegmentOverlapAction(segInt);
        int[] start = cells.start(), in = cells.items();
        for (int cell = first; cell < grid.cellCount(); cell += step) {
            int end = start[cell + 1];
            for (int i = start[cell]; i < end; i++) {
                int a = in[i];
                double aMinX = env[4 * a], aMaxX = env[4 * a + 1], aMinY = env[4 * a + 2], aMaxY = env[4 * a + 3];
                int g = group == null ? 0 : group[a];
                for (int j = i + 1; j < end; j++) {
                    int b = in[j];
                    if (g != 0 && group[b] == g) continue;  // known not to cross
                    double bMinX = env[4 * b], bMinY = env[4 * b + 2];
                    if (bMinX > aMaxX || env[4 * b + 1] < aMinX || bMinY > aMaxY || env[4 * b + 3] < aMinY) continue;
                    // Each pair once: in the cell holding the lower-left corner of the envelopes' overlap.
                    if (grid.cell(Math.max(aMinX, bMinX), Math.max(aMinY, bMinY)) != cell) continue;
                    MonotoneChain ca = chains.get(a), cb = chains.get(b);
                    if (ca.getId() < cb.getId()) ca.computeOverlaps(cb, 0, action);
                    else cb.computeOverlaps(ca, 0, action);
                    if (segInt.isDone()) return;
                }
            }
        }
    }

    /** Per chain, the group of its string (see the constructor); null when there are no groups. */
    private static int[] groups(List<MonotoneChain> chains, int[] stringGroup) {
        if (stringGroup == null) return null;
        int[] out = new int[chains.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = stringGroup[(Integer) ((SegmentString) chains.get(c).getContext()).getData()];
        }
        return out;
    }

    /**
     * Per chain, in the list's order: min x, max x, min y, max y of its envelope, which is that of its two ends (it is
     * monotone), as {@link MonotoneChain#getEnvelope()} computes it, without keeping an {@code Envelope} in each
     * chain (a scale-100 tessellation makes tens of thousands of chains, once to node and once to check).
     */
    private static double[] envelopes(List<MonotoneChain> chains) {
        double[] env = new double[4 * chains.size()];
        for (int c = 0; c < chains.size(); c++) {
            MonotoneChain mc = chains.get(c);
            SegmentString s = (SegmentString) mc.getContext();
            Coordinate p = s.getCoordinate(mc.getStartIndex()), q = s.getCoordinate(mc.getEndIndex());
            env[4 * c] = Math.min(p.x, q.x);
            env[4 * c + 1] = Math.max(p.x, q.x);
            env[4 * c + 2] = Math.min(p.y, q.y);
            env[4 * c + 3] = Math.max(p.y, q.y);
        }
        return env;
    }
}
