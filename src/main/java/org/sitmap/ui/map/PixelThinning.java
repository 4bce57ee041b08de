package org.sitmap.ui.map;

import java.util.Arrays;

/**
 * Drops the vertices of a ring in screen pixels that lie closer than a tolerance to the vertex kept before them. At
 * country zoom a zone's edge has several vertices per pixel (25,000 a snapshot at scale 100): the renderer filled and
 * stroked every one of them, three passes a frame, for no visible difference. Neighbouring zones thinned separately may
 * differ by less than the tolerance along a shared edge, which the border strokes (wider than that) cover. Pure.
 */
final class PixelThinning {
    /** Half a pixel: no visible change to a fill or a 1.4 px stroke. */
    static final double TOLERANCE_PX = 0.5;

    private PixelThinning() {
    }

    /**
     * @param xy ring as {@code x0, y0, x1, y1, ...}
     * @return {@code xy} itself when nothing is dropped, else a new array with the first and last vertices kept (so a
     *     closed ring stays closed)
     */
    static double[] thin(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 3) return xy;
        double[] out = null;
        double t2 = tolerance * tolerance;
        double lastX = xy[0], lastY = xy[1];
        int kept = 1;
        for (int i = 1; i < n; i++) {
            double x = xy[2 * i], y = xy[2 * i + 1];
            double dx = x - lastX, dy = y - lastY;
            if (i < n - 1 && dx * dx + dy * dy < t2) {
                if (out == null) out = Arrays.copyOf(xy, xy.length);  // the first dropped vertex: copy what was kept
                continue;
            }
            if (out != null) {
                out[2 * kept] = x;
                out[2 * kept + 1] = y;
            }
            kept++;
            lastX = x;
            lastY = y;
        }
        return out == null ? xy : Arrays.copyOf(out, 2 * kept);
    }
}
