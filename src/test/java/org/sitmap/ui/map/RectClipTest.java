package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RectClipTest {
    private static double area(double[] r) {
        double a = 0;
        int n = r.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += r[2 * i] * r[2 * j + 1] - r[2 * j] * r[2 * i + 1];
        }
        return Math.abs(a) / 2;
    }

    @Test
    void ringInside_isUnchanged() {
        double[] r = {1, 1, 5, 1, 5, 5, 1, 5};
        assertArrayEquals(r, RectClip.clip(r, 0, 0, 10, 10), 1e-9);
    }

    @Test
    void hugeRingAroundTheView_becomesTheView() {
        double[] r = {-1e6, -1e6, 1e6, -1e6, 1e6, 1e6, -1e6, 1e6};
        assertEquals(100, area(RectClip.clip(r, 0, 0, 10, 10)), 1e-6);
    }

    @Test
    void ringOutside_vanishes() {
        assertEquals(0, RectClip.clip(new double[] {20, 20, 30, 20, 30, 30}, 0, 0, 10, 10).length);
    }

    @Test
    void triangleAcrossAnEdge_keepsItsInsidePart() {
        // Right triangle (0,0),(20,0),(0,20) clipped to 10×10: the square minus the corner above x+y=20 (none) = 100.
        assertEquals(100, area(RectClip.clip(new double[] {0, 0, 20, 0, 0, 20}, 0, 0, 10, 10)), 1e-6);
        // Triangle (0,0),(10,0),(0,10) clipped to 5×5 leaves the 5×5 square: 25.
        assertEquals(25, area(RectClip.clip(new double[] {0, 0, 10, 0, 0, 10}, 0, 0, 5, 5)), 1e-6);
    }
}
