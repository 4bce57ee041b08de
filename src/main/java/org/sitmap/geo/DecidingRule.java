package org.sitmap.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemDistance;
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
 * Thread-safe: immutable after construction but for the tie-breaking trees, built once under a lock.
 */
final class DecidingRule {
    /** One locality in the plane; {@code index} is its position in the tessellation's locality list. */
    record Seat(int index, double x, double y, boolean site, double radiusM, double coreM) {
        double distance(double px, double py) {
            return Math.hypot(px - x, py - y);
        }
    }

    private static final ItemDistance SEAT_DISTANCE = (a, b) -> {
        Seat s = (Seat) a.getItem(), t = (Seat) b.getItem();
        return s.distance(t.x, t.y);
    };

    private final List<Seat> seats;
    private final STRtree cores = new STRtree();
    /** Trees of all seats and of the settlements; built when first needed, to settle a tie (see {@link #nearest}). */
    private STRtree[] tieBreakers;
    private final SeatGrid allGrid;
    private final SeatGrid settlementGrid;
    private final boolean anySettlement;
    private final boolean anySeat;
    private final double noDataM;

    DecidingRule(List<Seat> seats, double noDataM) {
        this.noDataM = noDataM;
        this.seats = List.copyOf(seats);
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
        Seat probe = new Seat(-1, x, y, false, 0, 0);
        Envelope at = new Envelope(x, x, y, y);
        Seat nearest = nearest(allGrid, 0, x, y, probe);
        if (nearest.site && nearest.distance(x, y) <= nearest.radiusM) return nearest.index;
        Seat core = null;
        for (Object o : cores.query(at)) {
            Seat s = (Seat) o;
            double d = s.distance(x, y);
            if (d <= s.coreM && (core == null || d < core.distance(x, y))) core = s;
        }
        if (core != null) return core.index;
        if (!anySettlement) return -1;
        Seat settlement = nearest(settlementGrid, 1, x, y, probe);
        return settlement.distance(x, y) <= noDataM ? settlement.index : -1;
    }

    /**
     * The nearest seat from the grid; when two are exactly as near, the one the tree gives, as the rule always has
     * (the tree's choice among equals depends on its layout, not on the seats).
     */
    private Seat nearest(SeatGrid grid, int tree, double x, double y, Seat probe) {
        SeatGrid.Nearest n = grid.nearest(x, y, null);
        if (!n.tied()) return n.seat();
        return (Seat) tieBreakers()[tree].nearestNeighbour(new Envelope(x, x, y, y), probe, SEAT_DISTANCE);
    }

    /** The trees of all seats and of the settlements, filled in the seats' order as they always were. */
    private synchronized STRtree[] tieBreakers() {
        if (tieBreakers == null) {
            STRtree all = new STRtree(), settlements = new STRtree();
            for (Seat s : seats) {
                Envelope at = new Envelope(s.x, s.x, s.y, s.y);
                all.insert(at, s);
                if (!s.site) settlements.insert(at, s);
            }
            all.build();
            settlements.build();
            tieBreakers = new STRtree[] {all, settlements};
        }
        return tieBreakers;
    }
}
