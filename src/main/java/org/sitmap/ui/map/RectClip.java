package org.sitmap.ui.map;

import java.util.Arrays;

/**
 * Clips a closed ring in screen pixels to an axis-aligned rectangle (Sutherland–Hodgman). Zoomed in, a zone's
 * projected rings reach millions of pixels beyond the view, which the renderer would rasterise slowly; clipping to a
 * rectangle a little larger than the view keeps every fill and visible edge the same. Pure; even-odd fills of
 * separately clipped rings stay correct because the rectangle is convex.
 */
public final class RectClip {
    private RectClip() {
    }

    /**
     * @param xy   ring as {@code x0, y0, x1, y1, ...} (closing point optional)
     * @return the clipped ring in the same layout, possibly empty
     */
    public static double[] clip(double[] xy, double minX, double minY, double maxX, double maxY) {
        double[] out = xy;
        out = edge(out, 0, minX, true);
        out = edge(out, 0, maxX, false);
        out = edge(out, 1, minY, true);
        out = edge(out, 1, maxY, false);
        return out;
    }

    /** Keeps the part of the ring where coordinate {@code axis} is ≥ {@code limit} (min) or ≤ it (max). */
    private static double[] edge(double[] in, int axis, double limit, boolean min) {
        int n = in.length / 2;
        if (n == 0) return in;
        double[] out = new double[in.length * 2 + 4];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double cx = in[2 * i], cy = in[2 * i + 1];
            int j = (i + n - 1) % n;
            double px = in[2 * j], py = in[2 * j + 1];
            boolean cIn = inside(axis == 0 ? cx : cy, limit, min), pIn = inside(axis == 0 ? px : py, limit, min);
            if (cIn) {
                if (!pIn) k = cross(out, k, px, py, cx, cy, axis, limit);
                out[k++] = cx;
                out[k++] = cy;
            } else if (pIn) {
                k = cross(out, k, px, py, cx, cy, axis, limit);
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static boolean inside(double v, double limit, boolean min) {
        return min ? v >= limit : v <= limit;
    }

    private static int cross(double[] out, int k, double ax, double ay, double bx, double by, int axis, double limit) {
        double t = axis == 0 ? (limit - ax) / (bx - ax) : (limit - ay) / (by - ay);
        out[k++] = axis == 0 ? limit : ax + t * (bx - ax);
        out[k++] = axis == 1 ? limit : ay + t * (by - ay);
        return k;
    }
}
