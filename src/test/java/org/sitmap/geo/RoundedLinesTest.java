package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class RoundedLinesTest {
    /** The noding check's rounded copies are the numbered lines, point for point: the check sees what is traced. */
    @Test
    void roundedCopies_equalTheRoundedLines_includingDroppedVerticesAndLines() {
        Random r = new Random(4);
        List<Coordinate[]> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = 1 + r.nextInt(6);
            Coordinate[] line = new Coordinate[n];
            for (int k = 0; k < n; k++) {
                // Some vertices a rounding error from the previous one: rounding merges them, and can leave one vertex.
                line[k] = k > 0 && r.nextInt(3) == 0
                        ? new Coordinate(line[k - 1].x + 1e-13, line[k - 1].y - 1e-13)
                        : new Coordinate(36 + r.nextDouble(), 35 + r.nextDouble());
            }
            lines.add(line);
        }
        List<Coordinate[]> numbered = new RoundedLines(lines).lines(), copies = RoundedLines.roundedCopies(lines);
        assertTrue(numbered.size() < lines.size(), "some lines were left with one vertex");
        assertEquals(numbered.size(), copies.size());
        for (int i = 0; i < numbered.size(); i++) assertArrayEquals(numbered.get(i), copies.get(i), "line " + i);
    }
}
