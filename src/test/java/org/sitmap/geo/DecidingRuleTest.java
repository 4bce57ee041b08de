package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecidingRuleTest {
    /**
     * Random settlements (some with population cores, overlapping in clusters), sites and seats sharing a position,
     * asked at random points and at points on bisectors: the rule answers as its documented order does, seat by seat.
     */
    @Test
    void decides_asTheDocumentedOrderDoes_seatBySeat() {
        int cores = 0, sites = 0, noData = 0;
        for (long seed = 0; seed < 30; seed++) {
            Random r = new Random(seed);
            List<DecidingRule.Seat> seats = new ArrayList<>();
            int n = 1 + r.nextInt(80);
            for (int i = 0; i < n; i++) {
                boolean shared = i > 0 && r.nextInt(10) == 0;
                DecidingRule.Seat at = shared ? seats.get(r.nextInt(i)) : null;
                double x = shared ? at.x() : Math.round(r.nextDouble() * 100) * 1000.0;
                double y = shared ? at.y() : Math.round(r.nextDouble() * 100) * 1000.0;
                boolean site = r.nextInt(4) == 0;
                seats.add(new DecidingRule.Seat(i, x, y, site, site ? 500 + r.nextInt(3000) : 0,
                        !site && r.nextInt(3) == 0 ? 1000 + r.nextInt(8000) : 0));
            }
            double noDataM = 5_000 + r.nextInt(20_000);
            DecidingRule rule = new DecidingRule(seats, noDataM);
            for (int q = 0; q < 2_000; q++) {
                double x = r.nextInt(3) == 0 ? Math.round(r.nextDouble() * 200) * 500.0 - 20_000 : r.nextDouble() * 140_000 - 20_000;
                double y = r.nextInt(3) == 0 ? Math.round(r.nextDouble() * 200) * 500.0 - 20_000 : r.nextDouble() * 140_000 - 20_000;
                int expected = bruteForce(seats, noDataM, x, y);
                assertEquals(expected, rule.decide(x, y), "seed " + seed + " at " + x + ", " + y);
                if (expected < 0) noData++;
                else if (seats.get(expected).site()) sites++;
                else if (seats.get(expected).coreM() >= seats.get(expected).distance(x, y)) cores++;
            }
            for (DecidingRule.Seat s : seats) {
                if (!s.site()) assertEquals(coreMattersBruteForce(seats, s), rule.coreMatters(s), "seed " + seed + " seat " + s);
            }
        }
        assertTrue(cores > 100 && sites > 100 && noData > 100, "cores " + cores + ", sites " + sites + ", no data " + noData);
    }

    private static int bruteForce(List<DecidingRule.Seat> seats, double noDataM, double x, double y) {
        DecidingRule.Seat nearest = nearest(seats, x, y, false);
        if (nearest == null) return -1;
        if (nearest.site() && nearest.distance(x, y) <= nearest.radiusM()) return nearest.index();
        DecidingRule.Seat core = null;
        for (DecidingRule.Seat s : seats) {
            if (s.site() || s.coreM() <= 0 || s.distance(x, y) > s.coreM()) continue;
            if (core == null || s.distance(x, y) < core.distance(x, y)) core = s;  // in index order: ties keep the lower
        }
        if (core != null) return core.index();
        DecidingRule.Seat settlement = nearest(seats, x, y, true);
        return settlement != null && settlement.distance(x, y) <= noDataM ? settlement.index() : -1;
    }

    private static DecidingRule.Seat nearest(List<DecidingRule.Seat> seats, double x, double y, boolean settlementsOnly) {
        DecidingRule.Seat best = null;
        for (DecidingRule.Seat s : seats) {
            if (settlementsOnly && s.site()) continue;
            if (best == null || s.distance(x, y) < best.distance(x, y)) best = s;
        }
        return best;
    }

    /** A core matters when it reaches past the bisector with its nearest other settlement, or overlaps another core. */
    private static boolean coreMattersBruteForce(List<DecidingRule.Seat> seats, DecidingRule.Seat s) {
        if (s.coreM() <= 0) return false;
        for (DecidingRule.Seat t : seats) {
            if (t == s || t.site()) continue;
            if (t.distance(s.x(), s.y()) < 2 * s.coreM()) return true;
            if (t.coreM() > 0 && t.distance(s.x(), s.y()) < s.coreM() + t.coreM()) return true;
        }
        return false;
    }
}
