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
 * A layer that draws polygon rings: projects them to the view's pixels, clips them to the view plus a margin and
 * drops vertices within half a pixel of the one before ({@link PixelThinning}). A ring's projection is kept while the
 * view neither moves, zooms nor resizes, so a redraw for new zones projects only the rings it has not drawn before
 * (zones that did not change keep their ring arrays, see {@code ZoneShapes}).
 *
 * <p>Projecting goes through each ring's Web Mercator coordinates, computed once per ring and kept across views: the
 * map's pixels are an affine function of them (MapView scales the Mercator plane by 2^zoom and shifts it), so a pan,
 * a zoom or a ring first drawn costs two multiply-adds a vertex rather than MapView's logarithm, tangent, cosine and
 * two objects per vertex, which were most of a timeline step at scale 100 (issue 18).
 */
abstract class RingLayer extends QuietLayer {
    /** Wider than any stroke, so clipped edges never show. */
    private static final double MARGIN = 20;
    /** Coordinates kept at most (doubles) before the kept projections are dropped: 16 MB. */
    private static final long KEPT_MAX = 2_000_000;
    /** Projected and clipped rings by source ring (identity), for the view {@link #viewKey}. */
    private final Map<double[], double[]> projected = new IdentityHashMap<>();
    /** Web Mercator coordinates by source ring (identity), whatever the view. */
    private final Map<double[], double[]> mercator = new IdentityHashMap<>();
    private double[] viewKey = new double[0];
    /** The view's pixels from Mercator coordinates: {@code x = ax·mx + bx·my + cx}, {@code y = ay·mx + by·my + cy}. */
    private double ax, bx, cx, ay, by, cy;
    private long kept, keptMercator;

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
                double[] m = mercator(ring);
                xy = new double[ring.length];
                for (int i = 0; i < ring.length; i += 2) {
                    xy[i] = ax * m[i] + bx * m[i + 1] + cx;
                    xy[i + 1] = ay * m[i] + by * m[i + 1] + cy;
                }
                xy = RectClip.clip(xy, -MARGIN, -MARGIN, view.getWidth() + MARGIN, view.getHeight() + MARGIN);
                xy = PixelThinning.thin(xy, PixelThinning.TOLERANCE_PX);
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
        Point2D o = getMapPoint(36, 37), e = getMapPoint(36, 38), s = getMapPoint(35, 37);
        if (o == null || e == null || s == null) return false;
        double[] key = {o.getX(), o.getY(), e.getX(), e.getY(), s.getX(), s.getY(), view.getWidth(), view.getHeight()};
        if (!Arrays.equals(key, viewKey)) {
            viewKey = key;
            projected.clear();
            kept = 0;
            // The affine map from three points: one step east changes only mx, one step south only my.
            double mx0 = mercatorX(37), mx1 = mercatorX(38), my0 = mercatorY(36), my1 = mercatorY(35);
            ax = (e.getX() - o.getX()) / (mx1 - mx0);
            ay = (e.getY() - o.getY()) / (mx1 - mx0);
            bx = (s.getX() - o.getX()) / (my1 - my0);
            by = (s.getY() - o.getY()) / (my1 - my0);
            cx = o.getX() - ax * mx0 - bx * my0;
            cy = o.getY() - ay * mx0 - by * my0;
        }
        return true;
    }

    /** The ring's Web Mercator coordinates ({@code mx, my, ...}), kept by identity. */
    private double[] mercator(double[] ring) {
        double[] m = mercator.get(ring);
        if (m != null) return m;
        m = new double[ring.length];
        for (int i = 0; i < ring.length; i += 2) {
            m[i] = mercatorX(ring[i + 1]);
            m[i + 1] = mercatorY(ring[i]);
        }
        if (keptMercator > KEPT_MAX) {
            mercator.clear();
            keptMercator = 0;
        }
        mercator.put(ring, m);
        keptMercator += m.length;
        return m;
    }

    /** MapView's Web Mercator x of a longitude, before its scaling by 256·2^zoom. */
    static double mercatorX(double lon) {
        return (180 + lon) / 360;
    }

    /** MapView's Web Mercator y of a latitude, before its scaling (the same formula as its own projection). */
    static double mercatorY(double lat) {
        double r = Math.PI * lat / 180;
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
    }
}
