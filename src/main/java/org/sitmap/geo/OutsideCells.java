package org.sitmap.geo;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A grid of small cells over an area's envelope (lon/lat) marking the cells that hold no point of the area, so that
 * a segment lying wholly in such cells can be left out of the tessellation: it could only cut faces outside the area,
 * which are thrown away. In the shipped data a sixth of the decision lines' segments lie outside Syria (Voronoi edges
 * and circles of places near the border, running on into Turkey and Iraq), and each was noded, traced into faces
 * and decided for nothing.
 *
 * <p>A cell is outside when the border does not pass through it and its centre lies outside the area (even-odd,
 * along the centre's row). The cells along the border are kept whatever their centre, so the test errs only towards
 * keeping. Points beyond the grid fall into its edge cells, which lie beyond the area's envelope: outside.
 * Immutable; thread-safe.
 */
final class OutsideCells {
    /** Cell side, degrees (about 2 km): fine enough to leave out most of what lies outside, quick to fill. */
    static final double CELL_DEG = 0.02;

    /** Far more than the rounding error of a point cutting a border edge, far less than a cell. */
    private static final double SLACK_DEG = 1e-9;

    private final UniformGrid grid;
    private final boolean[] outside;
    /** Per cell, whether it lies wholly inside the area: the border misses it and its centre is inside. */
    private final boolean[] inside;

    /** @param border the area's rings, lon/lat, closed (the border of a polygonal area) */
    OutsideCells(List<Coordinate[]> border) {
        Envelope env = new Envelope();
        for (Coordinate[] ring : border) for (Coordinate c : ring) env.expandToInclude(c);
        env.expandBy(2 * CELL_DEG);  // a ring of outside cells all round, into which points beyond the grid fall
        int items = (int) Math.ceil(env.getWidth() / CELL_DEG * (env.getHeight() / CELL_DEG));
        grid = new UniformGrid(env, items, CELL_DEG);
        outside = new boolean[grid.cellCount()];
        inside = new boolean[grid.cellCount()];
        boolean[] onBorder = new boolean[grid.cellCount()];
        for (Coordinate[] ring : border) {
            for (int i = 0; i + 1 < ring.length; i++) mark(onBorder, ring[i], ring[i + 1]);
        }
        double[][] crossings = crossingsByRow(border);
        for (int r = 0; r < grid.ny; r++) {
            double[] xs = crossings[r];
            Arrays.sort(xs);
            int k = 0;
            for (int c = 0; c < grid.nx; c++) {
                double x = grid.minX + (c + 0.5) * grid.size;
                while (k < xs.length && xs[k] < x) k++;
                int cell = grid.index(c, r);
                outside[cell] = !onBorder[cell] && k % 2 == 0;  // an even number of crossings to the left: outside
                inside[cell] = !onBorder[cell] && k % 2 == 1;
            }
        }
    }

    /** Per row of cells, where the border crosses the line through the row's centres (an edge visits its rows only). */
    private double[][] crossingsByRow(List<Coordinate[]> border) {
        double[][] xs = new double[grid.ny][4];
        int[] count = new int[grid.ny];
        for (Coordinate[] ring : border) {
            for (int i = 0; i + 1 < ring.length; i++) {
                Coordinate a = ring[i], b = ring[i + 1];
                // the rows whose centre may lie between the ends (one more each side for rounding), asked exactly
                int r0 = Math.max(0, (int) Math.floor((Math.min(a.y, b.y) - grid.minY) / grid.size - 0.5));
                int r1 = Math.min(grid.ny - 1, (int) Math.ceil((Math.max(a.y, b.y) - grid.minY) / grid.size - 0.5));
                for (int r = r0; r <= r1; r++) {
                    double y = grid.minY + (r + 0.5) * grid.size;
                    if ((a.y > y) == (b.y > y)) continue;  // half-open: a vertex on the row's line counts once
                    if (count[r] == xs[r].length) xs[r] = Arrays.copyOf(xs[r], 2 * count[r]);
                    xs[r][count[r]++] = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y);
                }
            }
        }
        for (int r = 0; r < grid.ny; r++) xs[r] = Arrays.copyOf(xs[r], count[r]);
        return xs;
    }

    /**
     * Marks the cells segment ab passes through: the cells of the envelopes of its pieces no longer than a cell (a long
     * diagonal border edge's own envelope would cover a wide stretch of open country), each piece's envelope widened by
     * {@link #SLACK_DEG} for the rounding of the points that cut it.
     */
    private void mark(boolean[] cells, Coordinate a, Coordinate b) {
        int pieces = (int) Math.ceil(Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)) / grid.size) + 1;
        double px = a.x, py = a.y;
        for (int k = 1; k <= pieces; k++) {
            double qx = k == pieces ? b.x : a.x + (b.x - a.x) * k / pieces;
            double qy = k == pieces ? b.y : a.y + (b.y - a.y) * k / pieces;
            int c0 = grid.column(Math.min(px, qx) - SLACK_DEG), c1 = grid.column(Math.max(px, qx) + SLACK_DEG);
            int r0 = grid.row(Math.min(py, qy) - SLACK_DEG), r1 = grid.row(Math.max(py, qy) + SLACK_DEG);
            for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++) cells[grid.index(c, r)] = true;
            px = qx;
            py = qy;
        }
    }

    /**
     * Whether p lies in a cell wholly inside the area (then p is in its interior); false tells nothing: p may lie in a
     * cell the border crosses.
     */
    boolean surelyInside(Coordinate p) {
        return inside[grid.cell(p.x, p.y)];
    }

    /** Whether segment (ax, ay)–(bx, by) lies wholly in cells outside the area (then it has no point in the area). */
    boolean outside(double ax, double ay, double bx, double by) {
        int c0 = grid.column(Math.min(ax, bx)), c1 = grid.column(Math.max(ax, bx));
        int r0 = grid.row(Math.min(ay, by)), r1 = grid.row(Math.max(ay, by));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) if (!outside[grid.index(c, r)]) return false;
        }
        return true;
    }

    /**
     * Hands {@code out} the runs of the line's segments that do not lie wholly outside the area, each run as a line
     * of the original vertices. The line comes as x and y of vertex i at 2i and 2i + 1, so that no coordinate is made
     * for a vertex of a segment left out.
     */
    void addRunsNotOutside(double[] line, Consumer<Coordinate[]> out) {
        int n = line.length / 2;
        int start = -1;  // first vertex of the current run
        for (int i = 0; i + 1 < n; i++) {
            boolean keep = !outside(line[2 * i], line[2 * i + 1], line[2 * i + 2], line[2 * i + 3]);
            if (keep && start < 0) start = i;
            if (!keep && start >= 0) {
                out.accept(coordinates(line, start, i + 1));
                start = -1;
            }
        }
        if (start >= 0) out.accept(coordinates(line, start, n));
    }

    /** Vertices {@code from} to {@code to - 1} of a packed line, as coordinates. */
    private static Coordinate[] coordinates(double[] line, int from, int to) {
        Coordinate[] run = new Coordinate[to - from];
        for (int i = from; i < to; i++) run[i - from] = new Coordinate(line[2 * i], line[2 * i + 1]);
        return run;
    }
}
