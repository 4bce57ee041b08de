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
}
