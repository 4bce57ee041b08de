package org.sitmap.ui.map;

import org.sitmap.ui.common.ZoneShape;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.sitmap.domain.GeoPoint;

/** Highlights the selection: a ring at the selected place and the outline of the selected zone. */
public final class SelectionLayer extends RingLayer {
    private final Circle ring = new Circle(11);
    private final Path outline = new Path();
    private GeoPoint at;
    private ZoneShape zone;

    public SelectionLayer() {
        ring.getStyleClass().add("selection-ring");
        outline.getStyleClass().add("selection-outline");
        setMouseTransparent(true);
        getChildren().addAll(outline, ring);
    }

    /** Marks a place, or nothing when {@code p} is null. */
    public void setPosition(GeoPoint p) {
        at = p;
        markDirty();
    }

    /** Outlines a zone, or nothing when null. */
    public void setZone(ZoneShape z) {
        zone = z;
        markDirty();
    }

    @Override
    protected void redraw() {
        Point2D p = at == null ? null : getMapPoint(at.lat(), at.lon());
        ring.setVisible(p != null);
        if (p != null) {
            ring.setCenterX(p.getX());
            ring.setCenterY(p.getY());
        }
        outline.getElements().clear();
        if (zone == null) return;
        java.util.List<PathElement> elements = new java.util.ArrayList<>();
        for (double[] xy : screenRings(zone.rings())) {
            elements.add(new MoveTo(xy[0], xy[1]));
            for (int i = 2; i < xy.length; i += 2) elements.add(new LineTo(xy[i], xy[i + 1]));
            elements.add(new ClosePath());
        }
        outline.getElements().setAll(elements);
    }
}
