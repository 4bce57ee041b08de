package org.sitmap.geo;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Quadrant;
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
        Chains chains = Chains.of(inputStrings);
        if (chains.count > 1) {
            double[] env = chains.envelopes();
            UniformGrid grid = grid(env, chains.count);
            intersect(chains, env, chains.groups(group), grid, grid.itemsByCell(chains.count, env), segInt, 0, 1);
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
        Chains chains = Chains.of(strings);
        if (chains.count < 2) return;
        double[] env = chains.envelopes();
        UniformGrid grid = grid(env, chains.count);
        UniformGrid.Cells cells = grid.itemsByCell(chains.count, env);
        int[] chainGroup = chains.groups(group);
        IntStream.range(0, n).parallel()
                .forEach(k -> intersect(chains, env, chainGroup, grid, cells, intersectors.get(k), k, n));
    }

    /**
     * The strings' monotone chains, numbered in order, as {@link MonotoneChainBuilder#getChains} cuts them, held as
     * three ints each (string, first and last vertex) instead of a {@code MonotoneChain}, its list and its iterator:
     * a tessellation builds these twice (to node and to check), and the chain objects were 7 % of what a shipped
     * first snapshot allocated.
     */
    private static final class Chains {
        final SegmentString[] strings;
        final Coordinate[][] points;  // per string, its coordinates
        final int[] string, start, end;
        int count;

        /** Room for as many chains as the strings have segments (or one), the most they can make. */
        private Chains(SegmentString[] strings) {
            this.strings = strings;
            this.points = new Coordinate[strings.length][];
            int most = 0;
            for (int s = 0; s < strings.length; s++) {
                points[s] = strings[s].getCoordinates();
                most += Math.max(1, points[s].length - 1);
            }
            string = new int[most];
            start = new int[most];
            end = new int[most];
        }

        static Chains of(Collection<?> input) {
            Chains c = new Chains(input.toArray(SegmentString[]::new));
            for (int s = 0; s < c.strings.length; s++) {
                Coordinate[] pts = c.points[s];
                if (pts.length == 0) continue;
                int first = 0;
                do {
                    int last = chainEnd(pts, first);
                    c.add(s, first, last);
                    first = last;
                } while (first < pts.length - 1);
            }
            return c;
        }

        private void add(int s, int first, int last) {
            string[count] = s;
            start[count] = first;
            end[count++] = last;
        }

        /** JTS's {@code MonotoneChainBuilder.findChainEnd}: zero-length segments are skipped but kept in the chain. */
        private static int chainEnd(Coordinate[] pts, int start) {
            int safeStart = start;
            while (safeStart < pts.length - 1 && pts[safeStart].equals2D(pts[safeStart + 1])) safeStart++;
            if (safeStart >= pts.length - 1) return pts.length - 1;
            int chainQuad = Quadrant.quadrant(pts[safeStart], pts[safeStart + 1]);
            int last = start + 1;
            while (last < pts.length) {
                boolean turns = !pts[last - 1].equals2D(pts[last])
                        && Quadrant.quadrant(pts[last - 1], pts[last]) != chainQuad;
                if (turns) break;
                last++;
            }
            return last - 1;
        }

        /**
         * Per chain: min x, max x, min y, max y of its envelope, which is that of its two ends (it is monotone), as
         * {@link MonotoneChain#getEnvelope()} computes it.
         */
        double[] envelopes() {
            double[] env = new double[4 * count];
            for (int c = 0; c < count; c++) {
                Coordinate p = points[string[c]][start[c]], q = points[string[c]][end[c]];
                env[4 * c] = Math.min(p.x, q.x);
                env[4 * c + 1] = Math.max(p.x, q.x);
                env[4 * c + 2] = Math.min(p.y, q.y);
                env[4 * c + 3] = Math.max(p.y, q.y);
            }
            return env;
        }

        /** Per chain, the group of its string (see the noder's constructor); null when there are no groups. */
        int[] groups(int[] stringGroup) {
            if (stringGroup == null) return null;
            int[] out = new int[count];
            for (int c = 0; c < count; c++) out[c] = stringGroup[(Integer) strings[string[c]].getData()];
            return out;
        }

        /**
         * JTS's {@code MonotoneChain.computeOverlaps} of chains a and b (a numbered lower): the pairs of segments
         * whose sub-chains' envelopes overlap, halving both chains, handed to the intersector as
         * {@code MCIndexNoder.SegmentOverlapAction} hands them.
         */
        void computeOverlaps(int a, int b, SegmentIntersector si) {
            SegmentString sa = strings[string[a]], sb = strings[string[b]];
            overlaps(sa, points[string[a]], start[a], end[a], sb, points[string[b]], start[b], end[b], si);
        }

        private static void overlaps(SegmentString sa, Coordinate[] p, int start0, int end0, SegmentString sb,
                                     Coordinate[] q, int start1, int end1, SegmentIntersector si) {
            if (end0 - start0 == 1 && end1 - start1 == 1) {
                si.processIntersections(sa, start0, sb, start1);
                return;
            }
            if (!Envelope.intersects(p[start0], p[end0], q[start1], q[end1])) return;
            int mid0 = (start0 + end0) / 2, mid1 = (start1 + end1) / 2;
            if (start0 < mid0) {
                if (start1 < mid1) overlaps(sa, p, start0, mid0, sb, q, start1, mid1, si);
                if (mid1 < end1) overlaps(sa, p, start0, mid0, sb, q, mid1, end1, si);
            }
            if (mid0 < end0) {
                if (start1 < mid1) overlaps(sa, p, mid0, end0, sb, q, start1, mid1, si);
                if (mid1 < end1) overlaps(sa, p, mid0, end0, sb, q, mid1, end1, si);
            }
        }
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
     * array ({@link Chains#envelopes}): comparing every pair in a cell through {@code getEnvelope()} and
     * {@code Envelope.intersects} was a fifth of a large tessellation's noding.
     */
    private static void intersect(Chains chains, double[] env, int[] group, UniformGrid grid,
                                  UniformGrid.Cells cells, SegmentIntersector segInt, int first, int step) {
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
                    if (a < b) chains.computeOverlaps(a, b, segInt);
                    else chains.computeOverlaps(b, a, segInt);
                    if (segInt.isDone()) return;
                }
            }
        }
    }
}
