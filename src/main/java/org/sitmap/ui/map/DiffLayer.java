package org.sitmap.ui.map;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sitmap.ui.common.FactionPalette;

/** Highlights a comparison's changed areas: each taken area filled and outlined boldly in the taker's colour, over a white halo. */
final class DiffLayer extends RingLayer {
    private final Canvas canvas = new Canvas();
    private final Supplier<FactionPalette> palette;
    private List<CompareViewModel.Gain> gains = List.of();

    DiffLayer(Supplier<FactionPalette> palette) {
        this.palette = palette;
        setMouseTransparent(true);
        getChildren().add(canvas);
    }

    void setGains(List<CompareViewModel.Gain> gains) {
        this.gains = gains == null ? List.of() : gains;
        markDirty();
    }

    @Override
    protected void redraw() {
        GraphicsContext g = clearedCanvas(canvas);
        if (g == null) return;
        for (CompareViewModel.Gain gain : gains) {
            Color c = palette.get().color(gain.faction());
            tracePath(g, gain.rings());
            g.setFill(c.deriveColor(0, 1, 1, 0.35));
            g.fill();
            g.setStroke(Color.rgb(255, 255, 255, 0.9)); // a halo, so the outline reads over any zone colour
            g.setLineWidth(5);
            g.stroke();
            g.setStroke(c.deriveColor(0, 1, 0.8, 1));
            g.setLineWidth(3);
            g.stroke();
        }
    }
}
