package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class PointIdsTest {
    @Test
    void numbersPointsInTheOrderFirstSeen_oneCoordinateEach() {
        PointIds ids = new PointIds(1);
        assertEquals(0, ids.id(5, 7));
        assertEquals(1, ids.id(7, 5));
        assertEquals(0, ids.id(5, 7));
        assertEquals(2, ids.id(5, 8));
        assertEquals(1, ids.id(7, 5));
        assertEquals(3, ids.points().size());
        assertEquals(new Coordinate(7, 5), ids.points().get(1));
    }

    @Test
    void agreesWithAHashMapThroughGrowthAndCollisions() {
        PointIds ids = new PointIds(1);
        Map<Coordinate, Integer> expected = new HashMap<>();
        Random r = new Random(18);
        for (int i = 0; i < 200_000; i++) {
            // few distinct values, so points repeat and differ in one ordinate only
            Coordinate c = new Coordinate(36 + r.nextInt(300) / 1e9, 2 + r.nextInt(300) * 0.5);
            int want = expected.computeIfAbsent(c, k -> expected.size());
            int got = ids.id(c.x, c.y);
            assertEquals(want, got);
            assertEquals(c, ids.points().get(got));
        }
        assertEquals(expected.size(), ids.points().size());
        assertSame(ids.points().get(ids.id(36, 2)), ids.points().get(ids.id(36, 2)));
    }
}
