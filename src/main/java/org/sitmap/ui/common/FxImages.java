package org.sitmap.ui.common;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Java2D images (what {@code publish} draws) shown in JavaFX, without {@code javafx-swing}: that module would ship in
 * the jar and installers for this one copy of pixels.
 */
public final class FxImages {
    private FxImages() {
    }

    /** A JavaFX copy of {@code image}'s pixels (sRGB, non-premultiplied ARGB); any thread. */
    public static WritableImage of(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
