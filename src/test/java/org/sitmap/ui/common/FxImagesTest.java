package org.sitmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

class FxImagesTest {
    @Test
    void of_copiesEveryPixel_opaqueAndHalfTransparent() {
        BufferedImage java2d = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        int[] argb = {0xFFFF0000, 0x8000FF00, 0x00000000, 0xFF0000FF, 0xFFFFFFFF, 0xFF123456};
        java2d.setRGB(0, 0, 3, 2, argb, 0, 3);

        WritableImage fx = FxImages.of(java2d);

        assertEquals(3, (int) fx.getWidth());
        assertEquals(2, (int) fx.getHeight());
        for (int i = 0; i < argb.length; i++) {
            assertEquals(argb[i], fx.getPixelReader().getArgb(i % 3, i / 3), "pixel " + i);
        }
    }
}
