package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

class SeatGridTest {
    private static DecidingRule.Seat seat(int i, double x, double y) {
        return new DecidingRule.Seat(i, x, y, false, 0, 0);
    }

    /** Seats spread as clustered or as a line, some coincident. */
    private static List<DecidingRule.Seat> seats(int n, double height, long seed) {
        Random r = new Random(seed);
        List<DecidingRule.Seat> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = r.nextGaussian() * 50_000, y = r.nextGaussian() * height;
            out.add(seat(i, x, y));
            if (i % 17 == 0) out.add(seat(++i, x, y));
        }
        return out;
    }

    private static double bruteForce(List<DecidingRule.Seat> seats, double x, double y, DecidingRule.Seat skip) {
        double best = Double.POSITIVE_INFINITY;
        for (DecidingRule.Seat s : seats) if (s != skip) best = Math.min(best, s.distance(x, y));
        return best;
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 0", "50, 30000", "500, 30000", "500, 0"})
    void nearest_isAsNearAsTheStrTreesNearestNeighbour_andTheLowestIndexAmongEquals(int n, double height) {
        List<DecidingRule.Seat> seats = seats(n, height, n);
        SeatGrid grid = new SeatGrid(seats);
        STRtree tree = new STRtree();
        for (DecidingRule.Seat s : seats) tree.insert(new Envelope(s.x(), s.x(), s.y(), s.y()), s);
        ItemDistance distance = (a, b) -> ((DecidingRule.Seat) a.getItem()).distance(
                ((DecidingRule.Seat) b.getItem()).x(), ((DecidingRule.Seat) b.getItem()).y());
        Random r = new Random(1);
        for (int k = 0; k < 2000; k++) {
            double x = r.nextGaussian() * 120_000, y = r.nextGaussian() * 120_000;
            // Every tenth query on a seat's bisector with another, or on a seat shared by two.
            if (k % 10 == 0 && seats.size() > 1) {
                DecidingRule.Seat a = seats.get(r.nextInt(seats.size())), b = seats.get(r.nextInt(seats.size()));
                x = (a.x() + b.x()) / 2;
                y = (a.y() + b.y()) / 2;
            }
            SeatGrid.Nearest got = grid.nearest(x, y, null);
            DecidingRule.Seat probe = seat(-1, x, y);
            DecidingRule.Seat fromTree = (DecidingRule.Seat) tree.nearestNeighbour(new Envelope(x, x, y, y), probe, distance);
            assertEquals(fromTree.distance(x, y), got.distance());
            double best = got.distance();
            double px = x, py = y;
            int lowest = seats.stream().filter(s -> s.distance(px, py) == best).mapToInt(DecidingRule.Seat::index).min().orElseThrow();
            assertEquals(lowest, got.seat().index());
        }
    }

    @Test
    void nearest_skipsTheGivenSeat() {
        List<DecidingRule.Seat> seats = seats(300, 20_000, 3);
        SeatGrid grid = new SeatGrid(seats);
        for (DecidingRule.Seat s : seats) {
            SeatGrid.Nearest other = grid.nearest(s.x(), s.y(), s);
            assertTrue(other.seat() != s);
            assertEquals(bruteForce(seats, s.x(), s.y(), s), other.distance());
        }
    }

    @Test
    void nearest_withoutSeats_isNull() {
        assertNull(new SeatGrid(List.of()).nearest(1, 2, null));
        DecidingRule.Seat only = seat(0, 5, 5);
        assertNull(new SeatGrid(List.of(only)).nearest(1, 2, only));
    }
}
