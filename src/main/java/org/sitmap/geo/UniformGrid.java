package org.sitmap.geo;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Envelope;

/**
 * Square cells over an envelope, sized for about one item a cell (and at most 1,000 cells along a side): the index
 * behind {@link SeatGrid} and {@link ChainGridNoder}. Coordinates outside the envelope fall into the nearest edge
 * cell. Immutable; thread-safe.
 */
final class UniformGrid {
    final double minX, minY, size;
    final int nx, ny;

    /**
     * @param env       the envelope to cover (may be empty: then one cell at the origin)
     * @param items     how many items the grid will hold
     * @param minExtent the smallest width or height taken for the envelope, so a line or a point still has a size
     */
    UniformGrid(Envelope env, int items, double minExtent) {
        boolean empty = env.isNull();
        double w = empty ? minExtent : Math.max(env.getWidth(), minExtent);
        double h = empty ? minExtent : Math.max(env.getHeight(), minExtent);
        size = Math.max(Math.sqrt(w * h / Math.max(1, items)), Math.max(w, h) / 1000);
        minX = empty ? 0 : env.getMinX();
        minY = empty ? 0 : env.getMinY();
        nx = (int) Math.floor(w / size) + 1;
        ny = (int) Math.floor(h / size) + 1;
    }

    int cellCount() {
        return nx * ny;
    }

    int column(double x) {
        return clamp((x - minX) / size, nx);
    }

    int row(double y) {
        return clamp((y - minY) / size, ny);
    }

    /**
     * {@code (int) max(0, min(n - 1, floor(d)))}, without {@code Math.floor}: the quick compiler does not make it an
     * instruction but calls {@code StrictMath.floor}, and the grids' lookups called it 3 % of a shipped first
     * snapshot's samples. Below zero the answer is 0 either way, and from zero up a cast drops the fraction as floor
     * does (NaN gives 0 both ways).
     */
    private static int clamp(double d, int n) {
        if (!(d > 0)) return 0;
        return d >= n - 1 ? n - 1 : (int) d;
    }

    int index(int column, int row) {
        return row * nx + column;
    }

    /** The cell holding (x, y). */
    int cell(double x, double y) {
        return index(column(x), row(y));
    }

    /**
     * The items of each cell, in one array: cell c's items are {@code items[start[c]]} to {@code items[start[c + 1] -
     * 1]}, in increasing order. One array rather than one per cell: a scale-100 noding's grid has some 60,000 cells,
     * most holding one or two chains, and an array each (empty ones too) was more than a megabyte of a first snapshot.
     */
    record Cells(int[] start, int[] items) {
    }

    /**
     * Per cell, the items (numbered 0 to {@code count - 1}) whose envelope meets it, in increasing order: the cells'
     * lists, for visiting every pair of items that may meet.
     */
    Cells itemsByCell(int count, IntFunction<Envelope> envelopeOf) {
        double[] env = new double[4 * count];
        for (int i = 0; i < count; i++) {
            Envelope e = envelopeOf.apply(i);
            env[4 * i] = e.getMinX();
            env[4 * i + 1] = e.getMaxX();
            env[4 * i + 2] = e.getMinY();
            env[4 * i + 3] = e.getMaxY();
        }
        return itemsByCell(count, env);
    }

    /**
     * {@link #itemsByCell(int, IntFunction)} for envelopes in one array: min x, max x, min y, max y of item i at
     * {@code 4 i} to {@code 4 i + 3}.
     */
    Cells itemsByCell(int count, double[] env) {
        // Plain loops, counting then filling: a visitor lambda capturing the item was an object per item (the quick
        // compiler does not elide it), 2 MB of a scale-100 first snapshot.
        int[] start = new int[cellCount() + 1];
        for (int i = 0; i < count; i++) {
            int c0 = column(env[4 * i]), c1 = column(env[4 * i + 1]);
            int r0 = row(env[4 * i + 2]), r1 = row(env[4 * i + 3]);
            for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++) start[index(c, r) + 1]++;
        }
        for (int c = 0; c < cellCount(); c++) start[c + 1] += start[c];
        int[] items = new int[start[cellCount()]];
        int[] fill = Arrays.copyOf(start, cellCount());
        for (int i = 0; i < count; i++) {
            int c0 = column(env[4 * i]), c1 = column(env[4 * i + 1]);
            int r0 = row(env[4 * i + 2]), r1 = row(env[4 * i + 3]);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) items[fill[index(c, r)]++] = i;
            }
        }
        return new Cells(start, items);
    }
}
