package org.sitmap.ui.map;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sitmap.ui.common.FactionPalette;

/**
 * Another mapper's zones: a dashed outline in the holder's colour over a white halo, so they read over Sitmap's zones;
 * filled lightly as well when they are shown instead of them.
 */
final class ImportedZonesLayer extends RingLayer {
    private final Canvas canvas = new Canvas();
    private final Supplier<FactionPalette> palette;
    private List<ImportedZonesViewModel.Shape> shapes = List.of();
    private boolean filled;

    ImportedZonesLayer(Supplier<FactionPalette> palette) {
        this.palette = palette;
        canvas.setId("importedZonesCanvas");
        setMouseTransparent(true);
        getChildren().add(canvas);
    }

    void setShapes(List<ImportedZonesViewModel.Shape> shapes, boolean filled) {
        this.shapes = shapes == null ? List.of() : shapes;
        this.filled = filled;
        markDirty();
    }

    @Override
    protected void redraw() {
        GraphicsContext g = clearedCanvas(canvas);
        if (g == null) return;
        for (ImportedZonesViewModel.Shape s : shapes) {
            Color c = palette.get().color(s.zone().faction());
            tracePath(g, s.rings());
            if (filled) {
                g.setFill(c.deriveColor(0, 1, 1, ZonesLayer.FILL_OPACITY));
                g.fill();
            }
            g.setLineDashes();
            g.setStroke(Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(4);
            g.stroke();
            g.setLineDashes(10, 6);
            g.setStroke(c.deriveColor(0, 1, 0.75, 1));
            g.setLineWidth(2.5);
            g.stroke();
        }
        g.setLineDashes();
    }
}
