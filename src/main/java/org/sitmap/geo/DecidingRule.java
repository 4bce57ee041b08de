package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Which locality decides control at a point of the projected plane (metres), in this order:
 * <ol>
 *   <li>the nearest locality, when it is a site (base, airport, neighbourhood...) and the point lies within the
 *       site's radius;</li>
 *   <li>else the nearest settlement whose population core contains the point;</li>
 *   <li>else the nearest settlement, when within the no-data distance;</li>
 *   <li>else nobody: no data.</li>
 * </ol>
 * Where two localities are exactly as near (they share a position, or the point lies on their bisector), the one
 * with the lower index in the tessellation's locality list (the dataset's order) decides. Immutable; thread-safe.
 */
final class DecidingRule {
    /** One locality in the plane; {@code index} is its position in the tessellation's locality list. */
    record Seat(int index, double x, double y, boolean site, double radiusM, double coreM) {
        /**
         * Euclidean distance. Not {@code Math.hypot}: its care against overflow, needless at metres across Syria,
         * made it 7 % of a tessellation's samples (the rule decides every face).
         */
        double distance(double px, double py) {
            double dx = px - x, dy = py - y;
            return Math.sqrt(dx * dx + dy * dy);
        }
    }

    /** Settlements with a population core, and per cell of {@link #coreGrid} those whose core's envelope meets it. */
    private final Seat[] cores;
    private final UniformGrid coreGrid;
    private final UniformGrid.Cells coreCells;
    private final SeatGrid allGrid;
    private final SeatGrid settlementGrid;
    private final boolean anySettlement;
    private final boolean anySeat;
    private final double noDataM;

    DecidingRule(List<Seat> seats, double noDataM) {
        this.noDataM = noDataM;
        boolean settled = false;
        List<Seat> withCore = new ArrayList<>();
        Envelope all = new Envelope();
        for (Seat s : seats) {
            if (!s.site) {
                settled = true;
                if (s.coreM > 0) {
                    withCore.add(s);
                    all.expandToInclude(s.x - s.coreM, s.y - s.coreM);
                    all.expandToInclude(s.x + s.coreM, s.y + s.coreM);
                }
            }
        }
        // A grid rather than an R-tree: every face asks about its point, and the tree's query was a tenth of deciding.
        cores = withCore.toArray(Seat[]::new);
        coreGrid = new UniformGrid(all, cores.length, 1);
        double[] env = new double[4 * cores.length];  // each core's square: min x, max x, min y, max y
        for (int i = 0; i < cores.length; i++) {
            Seat s = cores[i];
            env[4 * i] = s.x - s.coreM;
            env[4 * i + 1] = s.x + s.coreM;
            env[4 * i + 2] = s.y - s.coreM;
            env[4 * i + 3] = s.y + s.coreM;
        }
        coreCells = coreGrid.itemsByCell(cores.length, env);
        allGrid = new SeatGrid(seats);
        settlementGrid = new SeatGrid(seats.stream().filter(s -> !s.site).toList());
        anySeat = !seats.isEmpty();
        anySettlement = settled;
    }

    /**
     * Whether a settlement's core can change a decision: when it reaches past the bisector with its nearest neighbour
     * (into another cell), or when it overlaps another core (which may itself reach into this cell). A core that does
     * neither lies where its settlement is the nearest anyway.
     */
    boolean coreMatters(Seat s) {
        if (s.coreM <= 0) return false;
        // (Among the two settlements nearest to s, itself included, one other than s is nearer than 2 cores.)
        SeatGrid.Nearest other = settlementGrid.nearest(s.x, s.y, s);
        if (other != null && other.distance() < 2 * s.coreM) return true;
        for (int r = coreGrid.row(s.y - s.coreM); r <= coreGrid.row(s.y + s.coreM); r++) {
            for (int c = coreGrid.column(s.x - s.coreM); c <= coreGrid.column(s.x + s.coreM); c++) {
                int cell = coreGrid.index(c, r);
                for (int k = coreCells.start()[cell]; k < coreCells.start()[cell + 1]; k++) {
                    Seat t = cores[coreCells.items()[k]];
                    if (t != s && t.distance(s.x, s.y) < s.coreM + t.coreM) return true;
                }
            }
        }
        return false;
    }

    /** The index of the deciding locality at (x, y), or -1 for no data. */
    int decide(double x, double y) {
        if (!anySeat) return -1;
        Seat nearest = allGrid.nearest(x, y, null).seat();
        if (nearest.site && nearest.distance(x, y) <= nearest.radiusM) return nearest.index;
        Seat core = null;
        int cell = coreGrid.cell(x, y);
        for (int k = coreCells.start()[cell]; k < coreCells.start()[cell + 1]; k++) {
            Seat s = cores[coreCells.items()[k]];
            double d = s.distance(x, y);
            if (d > s.coreM || core != null && (d > core.distance(x, y) || d == core.distance(x, y) && s.index > core.index)) {
                continue;
            }
            core = s;
        }
        if (core != null) return core.index;
        if (!anySettlement) return -1;
        // The nearest of all, when a settlement, is the nearest settlement (ties go to the lowest index in both).
        Seat settlement = nearest.site ? settlementGrid.nearest(x, y, null).seat() : nearest;
        return settlement.distance(x, y) <= noDataM ? settlement.index : -1;
    }
}
