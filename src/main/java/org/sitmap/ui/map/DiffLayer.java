package org.sitmap.ui.map;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.sitmap.ui.FactionPalette;

/** Highlights a comparison's changed areas: each taken area filled and outlined boldly in the taker's colour. */
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
    protected void layoutLayer() {
        if (!(getParent() instanceof Region view)) return;
        canvas.setWidth(view.getWidth());
        canvas.setHeight(view.getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFillRule(FillRule.EVEN_ODD);
        for (CompareViewModel.Gain gain : gains) {
            Color c = palette.get().color(gain.faction());
            g.beginPath();
            for (double[] xy : screenRings(gain.rings())) {
                g.moveTo(xy[0], xy[1]);
                for (int i = 2; i < xy.length; i += 2) g.lineTo(xy[i], xy[i + 1]);
                g.closePath();
            }
            g.setFill(c.deriveColor(0, 1, 1, 0.35));
            g.fill();
            g.setLineDashes(8, 5);
            g.setStroke(Color.BLACK);
            g.setLineWidth(2.5);
            g.stroke();
            g.setLineDashes();
        }
    }
}
