package org.sitmap.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;

/** A layer that draws polygon rings: projects them to the view's pixels and clips them to the view plus a margin. */
abstract class RingLayer extends MapLayer {
    /** Wider than any stroke, so clipped edges never show. */
    private static final double MARGIN = 20;

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    /** The map view's size, or null before the layer is shown. */
    protected final Region view() {
        return getParent() instanceof Region r ? r : null;
    }

    /** Rings ({@code lat, lon, ...}) as clipped screen rings ({@code x, y, ...}); rings fully outside are dropped. */
    protected final List<double[]> screenRings(List<double[]> rings) {
        Region view = view();
        List<double[]> out = new ArrayList<>();
        if (view == null) return out;
        for (double[] ring : rings) {
            double[] xy = new double[ring.length];
            for (int i = 0; i < ring.length; i += 2) {
                Point2D p = getMapPoint(ring[i], ring[i + 1]);
                if (p == null) return List.of();
                xy[i] = p.getX();
                xy[i + 1] = p.getY();
            }
            xy = RectClip.clip(xy, -MARGIN, -MARGIN, view.getWidth() + MARGIN, view.getHeight() + MARGIN);
            if (xy.length >= 6) out.add(xy);
        }
        return out;
    }
}
