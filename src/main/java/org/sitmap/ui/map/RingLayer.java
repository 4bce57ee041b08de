package org.sitmap.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.FillRule;

/**
 * A layer that draws polygon rings: projects them to the view's pixels and clips them to the view plus a margin. A
 * ring's projection is kept while the view neither moves, zooms nor resizes, so a redraw for new zones projects only
 * the rings it has not drawn before (zones that did not change keep their ring arrays, see {@code ZoneShapes}).
 */
abstract class RingLayer extends QuietLayer {
    /** Wider than any stroke, so clipped edges never show. */
    private static final double MARGIN = 20;
    /** Coordinates kept at most (doubles) before the kept projections are dropped: 16 MB. */
    private static final long KEPT_MAX = 2_000_000;
    /** Projected and clipped rings by source ring (identity), for the view {@link #viewKey}. */
    private final Map<double[], double[]> projected = new IdentityHashMap<>();
    private double[] viewKey = new double[0];
    private long kept;

    /** The map view's size, or null before the layer is shown. */
    protected final Region view() {
        return getParent() instanceof Region r ? r : null;
    }

    /** Sizes {@code canvas} to the view and clears it; null before the layer is shown (nothing to draw then). */
    protected final GraphicsContext clearedCanvas(Canvas canvas) {
        Region view = view();
        if (view == null) return null;
        canvas.setWidth(view.getWidth());
        canvas.setHeight(view.getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFillRule(FillRule.EVEN_ODD);
        return g;
    }

    /** Starts a new path holding the rings ({@code lat, lon, ...}), ready to fill or stroke. */
    protected final void tracePath(GraphicsContext g, List<double[]> rings) {
        g.beginPath();
        for (double[] xy : screenRings(rings)) {
            g.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) g.lineTo(xy[i], xy[i + 1]);
            g.closePath();
        }
    }

    /** Rings ({@code lat, lon, ...}) as clipped screen rings ({@code x, y, ...}); rings fully outside are dropped. */
    protected final List<double[]> screenRings(List<double[]> rings) {
        Region view = view();
        List<double[]> out = new ArrayList<>();
        if (view == null || !sameView(view)) return out;
        for (double[] ring : rings) {
            double[] xy = projected.get(ring);
            if (xy == null) {
                xy = new double[ring.length];
                for (int i = 0; i < ring.length; i += 2) {
                    Point2D p = getMapPoint(ring[i], ring[i + 1]);
                    if (p == null) return List.of();
                    xy[i] = p.getX();
                    xy[i + 1] = p.getY();
                }
                xy = RectClip.clip(xy, -MARGIN, -MARGIN, view.getWidth() + MARGIN, view.getHeight() + MARGIN);
                if (kept > KEPT_MAX) {
                    projected.clear();
                    kept = 0;
                }
                projected.put(ring, xy);
                kept += xy.length;
            }
            if (xy.length >= 6) out.add(xy);
        }
        return out;
    }

    /**
     * Whether the view projects as it did for the kept projections; if not, they are dropped and this view's key
     * kept. False before the map can project.
     */
    private boolean sameView(Region view) {
        Point2D a = getMapPoint(36, 37), b = getMapPoint(35, 36);
        if (a == null || b == null) return false;
        double[] key = {a.getX(), a.getY(), b.getX(), b.getY(), view.getWidth(), view.getHeight()};
        if (!Arrays.equals(key, viewKey)) {
            viewKey = key;
            projected.clear();
            kept = 0;
        }
        return true;
    }
}
