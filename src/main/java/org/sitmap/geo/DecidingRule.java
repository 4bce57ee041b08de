package org.sitmap.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

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

    private final STRtree cores = new STRtree();
    private final SeatGrid allGrid;
    private final SeatGrid settlementGrid;
    private final boolean anySettlement;
    private final boolean anySeat;
    private final double noDataM;

    DecidingRule(List<Seat> seats, double noDataM) {
        this.noDataM = noDataM;
        boolean settled = false;
        for (Seat s : seats) {
            if (!s.site) {
                settled = true;
                if (s.coreM > 0) {
                    Envelope core = new Envelope(s.x, s.x, s.y, s.y);
                    core.expandBy(s.coreM);
                    cores.insert(core, s);
                }
            }
        }
        allGrid = new SeatGrid(seats);
        settlementGrid = new SeatGrid(seats.stream().filter(s -> !s.site).toList());
        anySeat = !seats.isEmpty();
        anySettlement = settled;
        cores.build();
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
        Envelope reach = new Envelope(s.x, s.x, s.y, s.y);
        reach.expandBy(s.coreM);
        for (Object o : cores.query(reach)) {
            Seat t = (Seat) o;
            if (t != s && t.distance(s.x, s.y) < s.coreM + t.coreM) return true;
        }
        return false;
    }

    /** The index of the deciding locality at (x, y), or -1 for no data. */
    int decide(double x, double y) {
        if (!anySeat) return -1;
        Envelope at = new Envelope(x, x, y, y);
        Seat nearest = allGrid.nearest(x, y, null).seat();
        if (nearest.site && nearest.distance(x, y) <= nearest.radiusM) return nearest.index;
        Seat core = null;
        for (Object o : cores.query(at)) {
            Seat s = (Seat) o;
            double d = s.distance(x, y);
            if (d > s.coreM || core != null && (d > core.distance(x, y) || d == core.distance(x, y) && s.index > core.index)) {
                continue;
            }
            core = s;
        }
        if (core != null) return core.index;
        if (!anySettlement) return -1;
        Seat settlement = settlementGrid.nearest(x, y, null).seat();
        return settlement.distance(x, y) <= noDataM ? settlement.index : -1;
    }
}
