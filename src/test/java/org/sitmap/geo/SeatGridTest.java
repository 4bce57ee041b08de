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
    void nearest_isAsNearAsBruteForce_andFlagsEqualDistances(int n, double height) {
        List<DecidingRule.Seat> seats = seats(n, height, n);
        SeatGrid grid = new SeatGrid(seats);
        Random r = new Random(1);
        for (int k = 0; k < 2000; k++) {
            double x = r.nextGaussian() * 120_000, y = r.nextGaussian() * 120_000;
            SeatGrid.Nearest got = grid.nearest(x, y, null);
            double expected = bruteForce(seats, x, y, null);
            assertEquals(expected, got.distance());
            long atBest = seats.stream().filter(s -> s.distance(x, y) == expected).count();
            assertEquals(atBest > 1, got.tied());
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
