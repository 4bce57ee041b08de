package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Seats of the plane in a {@link UniformGrid}, for nearest-seat questions: a ring search over a few cells. Seats
 * exactly as near as each other are told apart by the lowest {@link DecidingRule.Seat#index()}. Distances are
 * {@link DecidingRule.Seat#distance}, so they equal {@code STRtree.nearestNeighbour}'s to the last bit.
 *
 * <p>Kept rather than JTS's {@code STRtree.nearestNeighbour} because it is several times faster for points: for
 * 100,000 queries among the 5,000 seats of the synthetic benchmark set, 134 ms against 294 ms (thread CPU time, on
 * the 2-core benchmark machine), and the rule asks one to three such questions for each of the 10,000 faces of that
 * set, whose first snapshot misses its 200 ms target already. {@code SeatGridTest} checks it against the tree on
 * random seats. Immutable; thread-safe.
 */
final class SeatGrid {
    /** The answer to one query: the nearest seat (lowest index among equals) and its distance. */
    record Nearest(DecidingRule.Seat seat, double distance) {
    }

    private final UniformGrid grid;
    private final DecidingRule.Seat[][] cells;

    SeatGrid(List<DecidingRule.Seat> seats) {
        Envelope env = new Envelope();
        for (DecidingRule.Seat s : seats) env.expandToInclude(s.x(), s.y());
        grid = new UniformGrid(env, seats.size(), 1);
        List<List<DecidingRule.Seat>> lists = new ArrayList<>(grid.cellCount());
        for (int i = 0; i < grid.cellCount(); i++) lists.add(new ArrayList<>(2));
        for (DecidingRule.Seat s : seats) lists.get(grid.cell(s.x(), s.y())).add(s);
        cells = new DecidingRule.Seat[grid.cellCount()][];
        for (int i = 0; i < cells.length; i++) cells[i] = lists.get(i).toArray(DecidingRule.Seat[]::new);
    }

    /** The seat nearest to (x, y) other than {@code skip} (which may be null), or null when there is none. */
    Nearest nearest(double x, double y, DecidingRule.Seat skip) {
        int cx = grid.column(x), cy = grid.row(y);
        DecidingRule.Seat best = null;
        double bestD = Double.POSITIVE_INFINITY;
        int maxRing = Math.max(grid.nx, grid.ny);
        for (int r = 0; r <= maxRing; r++) {
            // Seats in ring r and beyond are more than r - 1 cells away; a margin covers the rounding of cell indices.
            if (best != null && bestD < (r - 1 - 1e-3) * grid.size) break;
            for (int j = cy - r; j <= cy + r; j++) {
                if (j < 0 || j >= grid.ny) continue;
                boolean edgeRow = j == cy - r || j == cy + r;
                for (int i = cx - r; i <= cx + r; i += edgeRow ? 1 : 2 * r) {
                    if (i >= 0 && i < grid.nx) {
                        for (DecidingRule.Seat s : cells[grid.index(i, j)]) {
                            if (s == skip) continue;
                            double d = s.distance(x, y);
                            if (d < bestD || (d == bestD && s.index() < best.index())) {
                                best = s;
                                bestD = d;
                            }
                        }
                    }
                    if (r == 0) break;
                }
            }
        }
        return best == null ? null : new Nearest(best, bestD);
    }
}
