package org.sitmap.ui.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.operation.overlayng.RingClipper;

/**
 * Clips a closed ring in screen pixels to an axis-aligned rectangle with JTS's {@link RingClipper}
 * (Sutherland–Hodgman). Zoomed in, a zone's projected rings reach millions of pixels beyond the view, which the
 * renderer would rasterise slowly; clipping to a rectangle a little larger than the view keeps every fill and visible
 * edge the same. Pure; even-odd fills of separately clipped rings stay correct because the rectangle is convex.
 */
public final class RectClip {
    private RectClip() {
    }

    /**
     * @param xy   ring as {@code x0, y0, x1, y1, ...} (closing point optional)
     * @return the clipped ring in the same layout (closed if the input was), possibly empty
     */
    public static double[] clip(double[] xy, double minX, double minY, double maxX, double maxY) {
        int n = xy.length / 2;
        if (n == 0 || inside(xy, minX, minY, maxX, maxY)) return xy;
        boolean closed = xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1];
        Coordinate[] ring = new Coordinate[closed ? n : n + 1];
        for (int i = 0; i < n; i++) ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        if (!closed) ring[n] = ring[0];
        Coordinate[] clipped = new RingClipper(new Envelope(minX, maxX, minY, maxY)).clip(ring);
        int m = closed || clipped.length == 0 ? clipped.length : clipped.length - 1;  // the input's layout
        double[] out = new double[m * 2];
        for (int i = 0; i < m; i++) {
            out[2 * i] = clipped[i].x;
            out[2 * i + 1] = clipped[i].y;
        }
        return out;
    }

    /** Whether every vertex lies in the rectangle: then clipping changes nothing (the usual case at country zoom). */
    private static boolean inside(double[] xy, double minX, double minY, double maxX, double maxY) {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (xy[i] < minX || xy[i] > maxX || xy[i + 1] < minY || xy[i + 1] > maxY) return false;
        }
        return true;
    }
}
