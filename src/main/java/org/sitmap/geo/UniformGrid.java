package org.sitmap.geo;

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
        return (int) Math.max(0, Math.min(nx - 1, Math.floor((x - minX) / size)));
    }

    int row(double y) {
        return (int) Math.max(0, Math.min(ny - 1, Math.floor((y - minY) / size)));
    }

    int index(int column, int row) {
        return row * nx + column;
    }

    /** The cell holding (x, y). */
    int cell(double x, double y) {
        return index(column(x), row(y));
    }

    /**
     * Per cell, the items (numbered 0 to {@code count - 1}) whose envelope meets it, in increasing order: the cells'
     * lists, for visiting every pair of items that may meet.
     */
    int[][] itemsByCell(int count, IntFunction<Envelope> envelopeOf) {
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
    int[][] itemsByCell(int count, double[] env) {
        // Loops rather than visit(): its lambda, capturing the item, was an object per item (the quick compiler does
        // not elide it), 2 MB of a scale-100 first snapshot.
        int[] size = new int[cellCount()];
        for (int i = 0; i < count; i++) {
            int c0 = column(env[4 * i]), c1 = column(env[4 * i + 1]), r0 = row(env[4 * i + 2]), r1 = row(env[4 * i + 3]);
            for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++) size[index(c, r)]++;
        }
        int[][] cells = new int[size.length][];
        for (int c = 0; c < size.length; c++) cells[c] = new int[size[c]];
        int[] fill = new int[size.length];
        for (int i = 0; i < count; i++) {
            int c0 = column(env[4 * i]), c1 = column(env[4 * i + 1]), r0 = row(env[4 * i + 2]), r1 = row(env[4 * i + 3]);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int cell = index(c, r);
                    cells[cell][fill[cell]++] = i;
                }
            }
        }
        return cells;
    }
}
