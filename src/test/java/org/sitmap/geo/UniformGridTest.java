package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class UniformGridTest {
    /** Each cell lists, in increasing order, exactly the items whose envelope covers part of it, and no other. */
    @Test
    void itemsByCell_listsEveryItemMeetingACell_inOrder() {
        Random r = new Random(5);
        List<Envelope> envelopes = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            double x = r.nextDouble() * 100, y = r.nextDouble() * 60;
            envelopes.add(new Envelope(x, x + r.nextDouble() * r.nextDouble() * 20, y, y + r.nextDouble() * 3));
        }
        envelopes.add(new Envelope(50, 50, 30, 30));  // a point
        Envelope all = new Envelope();
        envelopes.forEach(all::expandToInclude);
        UniformGrid grid = new UniformGrid(all, envelopes.size(), 1e-9);

        UniformGrid.Cells cells = grid.itemsByCell(envelopes.size(), envelopes::get);

        assertEquals(grid.cellCount() + 1, cells.start().length);
        for (int cell = 0; cell < grid.cellCount(); cell++) {
            int column = cell % grid.nx, row = cell / grid.nx;
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < envelopes.size(); i++) {
                Envelope e = envelopes.get(i);
                if (grid.column(e.getMinX()) <= column && column <= grid.column(e.getMaxX())
                        && grid.row(e.getMinY()) <= row && row <= grid.row(e.getMaxY())) {
                    expected.add(i);
                }
            }
            int[] listed = Arrays.copyOfRange(cells.items(), cells.start()[cell], cells.start()[cell + 1]);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), listed, "cell " + cell);
        }
    }

    /** A coordinate's column and row are its cell's, floor of its offset in cells, clamped to the grid. */
    @Test
    void columnAndRow_areTheFloorOfTheOffsetClampedToTheGrid() {
        UniformGrid grid = new UniformGrid(new Envelope(10, 20, -5, 0), 50, 1e-9);
        Random r = new Random(9);
        List<Double> xs = new ArrayList<>(List.of(10.0, 20.0, 9.999, 20.001, -1e300, 1e300, Double.NaN,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 10 + grid.size, 10 + 3 * grid.size,
                10 - 0.5 * grid.size));
        for (int i = 0; i < 10_000; i++) xs.add(8 + r.nextDouble() * 14);
        for (double x : xs) {
            assertEquals(floorClamped((x - grid.minX) / grid.size, grid.nx), grid.column(x), "x " + x);
            double y = x - 15;
            assertEquals(floorClamped((y - grid.minY) / grid.size, grid.ny), grid.row(y), "y " + y);
        }
        assertEquals(0, grid.column(10));
        assertEquals(grid.nx - 1, grid.column(20));
        assertEquals(3, grid.column(10 + 3.5 * grid.size));
    }

    /** The cell index as it was computed with {@code Math.floor}. */
    private static int floorClamped(double d, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.floor(d)));
    }
}
