package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PixelThinningTest {
    @Test
    void verticesAPixelApart_areAllKept_inTheSameArray() {
        double[] square = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        assertSame(square, PixelThinning.thin(square, 0.5));
    }

    @Test
    void verticesWithinTheTolerance_ofTheLastKept_areDropped_andTheRingStaysClosed() {
        // Along the bottom edge three vertices 0.2 px apart, then a corner; the closing vertex is always kept.
        double[] ring = {0, 0, 0.2, 0, 0.4, 0, 0.6, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        assertArrayEquals(new double[] {0, 0, 0.6, 0, 10, 0, 10, 10, 0, 10, 0, 0}, PixelThinning.thin(ring, 0.5));
    }

    @Test
    void aRingSmallerThanThePixel_collapsesToItsEnds() {
        double[] speck = {0, 0, 0.1, 0, 0.1, 0.1, 0, 0.1, 0, 0};
        assertArrayEquals(new double[] {0, 0, 0, 0}, PixelThinning.thin(speck, 0.5));
    }

    @Test
    void aTriangle_isNeverThinned() {
        double[] tri = {0, 0, 0.1, 0, 0, 0};
        assertSame(tri, PixelThinning.thin(tri, 0.5));
    }
}
