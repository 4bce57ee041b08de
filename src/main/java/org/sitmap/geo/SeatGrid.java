package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Seats of the plane in a uniform grid, for nearest-seat questions: a ring search over a few cells, several times
 * faster than {@code STRtree.nearestNeighbour}'s branch and bound for points. Distances are
 * {@link DecidingRule.Seat#distance}, so they equal the tree's to the last bit. Immutable; thread-safe.
 */
final class SeatGrid {
    /** The answer to one query: the nearest seat and its distance, and whether another seat is exactly as near. */
    record Nearest(DecidingRule.Seat seat, double distance, boolean tied) {
    }

    private final double minX, minY, size;
    private final int nx, ny;
    private final DecidingRule.Seat[][] cells;

    SeatGrid(List<DecidingRule.Seat> seats) {
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (DecidingRule.Seat s : seats) {
            x0 = Math.min(x0, s.x());
            y0 = Math.min(y0, s.y());
            x1 = Math.max(x1, s.x());
            y1 = Math.max(y1, s.y());
        }
        int n = Math.max(1, seats.size());
        double w = Math.max(x1 - x0, 1), h = Math.max(y1 - y0, 1);
        size = seats.isEmpty() ? 1 : Math.max(Math.sqrt(w * h / n), Math.max(w, h) / 1000);  // about one seat a cell
        minX = seats.isEmpty() ? 0 : x0;
        minY = seats.isEmpty() ? 0 : y0;
        nx = (int) Math.floor(w / size) + 1;
        ny = (int) Math.floor(h / size) + 1;
        List<List<DecidingRule.Seat>> lists = new ArrayList<>(nx * ny);
        for (int i = 0; i < nx * ny; i++) lists.add(new ArrayList<>(2));
        for (DecidingRule.Seat s : seats) lists.get(index(column(s.x()), row(s.y()))).add(s);
        cells = new DecidingRule.Seat[nx * ny][];
        for (int i = 0; i < cells.length; i++) cells[i] = lists.get(i).toArray(DecidingRule.Seat[]::new);
    }

    private int column(double x) {
        return (int) Math.max(0, Math.min(nx - 1, Math.floor((x - minX) / size)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(ny - 1, Math.floor((y - minY) / size)));
    }

    private int index(int column, int row) {
        return row * nx + column;
    }

    /** The seat nearest to (x, y) other than {@code skip} (which may be null), or null when there is none. */
    Nearest nearest(double x, double y, DecidingRule.Seat skip) {
        int cx = column(x), cy = row(y);
        DecidingRule.Seat best = null;
        double bestD = Double.POSITIVE_INFINITY;
        boolean tied = false;
        int maxRing = Math.max(nx, ny);
        for (int r = 0; r <= maxRing; r++) {
            // Seats in ring r and beyond are more than r - 1 cells away; a margin covers the rounding of cell indices.
            if (best != null && bestD < (r - 1 - 1e-3) * size) break;
            for (int j = cy - r; j <= cy + r; j++) {
                if (j < 0 || j >= ny) continue;
                boolean edgeRow = j == cy - r || j == cy + r;
                for (int i = cx - r; i <= cx + r; i += edgeRow ? 1 : 2 * r) {
                    if (i >= 0 && i < nx) {
                        for (DecidingRule.Seat s : cells[index(i, j)]) {
                            if (s == skip) continue;
                            double d = s.distance(x, y);
                            if (d < bestD) {
                                best = s;
                                bestD = d;
                                tied = false;
                            } else if (d == bestD) {
                                tied = true;
                            }
                        }
                    }
                    if (r == 0) break;
                }
            }
        }
        return best == null ? null : new Nearest(best, bestD, tied);
    }
}
