package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.chain.MonotoneChain;
import org.locationtech.jts.index.chain.MonotoneChainBuilder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.SinglePassNoder;

/**
 * JTS's {@link MCIndexNoder} with a uniform grid in place of its Hilbert R-tree: the same monotone chains with the
 * same ids, and the same pairs of chains with overlapping envelopes handed to the intersector in the same order of
 * arguments (lower id first), so intersectors see the same segment pairs and noding gives the same nodes. The tree's
 * queries were most of the cost of noding the zone lines, whose chains are short and evenly spread. Use once; not
 * thread-safe.
 */
final class ChainGridNoder extends SinglePassNoder {
    private Collection<SegmentString> nodedStrings;

    ChainGridNoder(SegmentIntersector intersector) {
        super(intersector);
    }

    @Override
    public Collection<SegmentString> getNodedSubstrings() {
        return NodedSegmentString.getNodedSubstrings(nodedStrings);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void computeNodes(Collection inputStrings) {
        nodedStrings = inputStrings;
        List<MonotoneChain> chains = new ArrayList<>();
        for (Object o : inputStrings) {
            SegmentString s = (SegmentString) o;
            for (Object c : MonotoneChainBuilder.getChains(s.getCoordinates(), s)) {
                MonotoneChain mc = (MonotoneChain) c;
                mc.setId(chains.size());
                chains.add(mc);
            }
        }
        if (chains.size() > 1) intersect(chains);
    }

    private void intersect(List<MonotoneChain> chains) {
        Envelope all = new Envelope();
        for (MonotoneChain mc : chains) all.expandToInclude(mc.getEnvelope());
        Grid grid = new Grid(all, chains.size());
        int[][] cells = grid.fill(chains);
        MCIndexNoder.SegmentOverlapAction action = new MCIndexNoder.SegmentOverlapAction(segInt);
        for (int cell = 0; cell < cells.length; cell++) {
            int[] in = cells[cell];
            for (int i = 0; i < in.length; i++) {
                MonotoneChain a = chains.get(in[i]);
                Envelope ea = a.getEnvelope();
                for (int j = i + 1; j < in.length; j++) {
                    MonotoneChain b = chains.get(in[j]);
                    Envelope eb = b.getEnvelope();
                    if (!ea.intersects(eb)) continue;
                    // Each pair once: in the cell holding the lower-left corner of the envelopes' overlap.
                    if (grid.cell(Math.max(ea.getMinX(), eb.getMinX()), Math.max(ea.getMinY(), eb.getMinY())) != cell) continue;
                    if (a.getId() < b.getId()) a.computeOverlaps(b, 0, action);
                    else b.computeOverlaps(a, 0, action);
                    if (segInt.isDone()) return;
                }
            }
        }
    }

    /** Square cells over an envelope, about one chain a cell. */
    private static final class Grid {
        private final double minX, minY, size;
        private final int nx, ny;

        Grid(Envelope env, int n) {
            double w = Math.max(env.getWidth(), Double.MIN_NORMAL), h = Math.max(env.getHeight(), Double.MIN_NORMAL);
            size = Math.max(Math.sqrt(w * h / n), Math.max(w, h) / 1000);
            minX = env.getMinX();
            minY = env.getMinY();
            nx = (int) Math.floor(w / size) + 1;
            ny = (int) Math.floor(h / size) + 1;
        }

        private int column(double x) {
            return (int) Math.max(0, Math.min(nx - 1, Math.floor((x - minX) / size)));
        }

        private int row(double y) {
            return (int) Math.max(0, Math.min(ny - 1, Math.floor((y - minY) / size)));
        }

        int cell(double x, double y) {
            return row(y) * nx + column(x);
        }

        /** Per cell, the indices of the chains whose envelope meets it, in increasing order. */
        int[][] fill(List<MonotoneChain> chains) {
            int[] count = new int[nx * ny];
            for (MonotoneChain mc : chains) visit(mc.getEnvelope(), c -> count[c]++);
            int[][] cells = new int[count.length][];
            for (int c = 0; c < count.length; c++) cells[c] = new int[count[c]];
            int[] fill = new int[count.length];
            for (int i = 0; i < chains.size(); i++) {
                int chain = i;
                visit(chains.get(i).getEnvelope(), c -> cells[c][fill[c]++] = chain);
            }
            return cells;
        }

        private void visit(Envelope e, java.util.function.IntConsumer action) {
            int c0 = column(e.getMinX()), c1 = column(e.getMaxX()), r0 = row(e.getMinY()), r1 = row(e.getMaxY());
            for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++) action.accept(r * nx + c);
        }
    }
}
