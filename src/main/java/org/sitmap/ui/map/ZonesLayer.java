package org.sitmap.ui.map;

import org.sitmap.ui.common.ZoneShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineJoin;
import org.sitmap.geo.ZoneStatus;
import org.sitmap.ui.common.FactionPalette;

/**
 * Draws the control zones onto one canvas the size of the map: a translucent fill per holder, diagonal hatching in
 * the attacker's colour for contested zones, nothing for "no data", and a haloed border so front lines read at every
 * zoom. Redraws only when marked dirty (new zones, pan, zoom, resize); drawing the new zones replaces the old in one
 * frame, so there is no flicker.
 */
public final class ZonesLayer extends RingLayer {
    /** Opacity of a zone's fill over the base map. */
    public static final double FILL_OPACITY = 0.42;
    private final Canvas canvas = new Canvas();
    private final Supplier<FactionPalette> palette;
    private final Map<String, Paint> hatches = new HashMap<>();
    private List<ZoneShape> shapes = List.of();
    private boolean drawnZones;

    public ZonesLayer(Supplier<FactionPalette> palette) {
        this.palette = palette;
        canvas.setId("zonesCanvas");
        canvas.getStyleClass().add("zones-layer");
        setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /** Replaces the zones drawn. */
    public void setShapes(List<ZoneShape> shapes) {
        this.shapes = shapes == null ? List.of() : shapes;
        markDirty();
    }

    /** Where {@code p} is drawn, in map-view coordinates, or null before the map is shown. */
    public Point2D project(org.sitmap.domain.GeoPoint p) {
        return getMapPoint(p.lat(), p.lon());
    }

    /** Whether the last redraw drew zones onto a canvas with an area (the first-frame benchmark waits for it). */
    public boolean hasDrawnZones() {
        return drawnZones;
    }

    /** The canvas, for snapshots in tests. */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void redraw() {
        GraphicsContext g = clearedCanvas(canvas);
        if (g == null) return;
        drawnZones = !shapes.isEmpty() && canvas.getWidth() > 0 && canvas.getHeight() > 0;
        g.setLineJoin(StrokeLineJoin.ROUND);
        FactionPalette colours = palette.get();
        for (ZoneShape s : shapes) {
            if (s.zone().status() == ZoneStatus.NO_DATA) continue;
            tracePath(g, s.rings());
            Color c = colours.color(s.zone().faction());
            g.setFill(c.deriveColor(0, 1, 1, FILL_OPACITY));
            g.fill();
            if (s.zone().status() == ZoneStatus.CONTESTED) {
                g.setFill(hatch(colours.color(s.zone().contestedBy())));
                g.fill();
            }
        }
        // Borders after all fills, so a neighbour's fill never covers a front line.
        for (ZoneShape s : shapes) {
            if (s.zone().status() == ZoneStatus.NO_DATA) continue;
            tracePath(g, s.rings());
            g.setStroke(Color.rgb(255, 255, 255, 0.8));
            g.setLineWidth(3.2);
            g.stroke();
            g.setStroke(colours.color(s.zone().faction()).deriveColor(0, 1, 0.55, 1));
            g.setLineWidth(1.4);
            g.stroke();
        }
    }

    /** Diagonal stripes in the attacker's colour on a transparent tile. */
    private Paint hatch(Color attacker) {
        return hatches.computeIfAbsent(FactionPalette.web(attacker), k -> {
            int n = 10;
            WritableImage tile = new WritableImage(n, n);
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    int d = Math.floorMod(x + y, n);
                    tile.getPixelWriter().setColor(x, y, d < 3 ? attacker.deriveColor(0, 1, 1, 0.85) : Color.TRANSPARENT);
                }
            }
            return new ImagePattern(tile, 0, 0, n, n, false);
        });
    }
}
