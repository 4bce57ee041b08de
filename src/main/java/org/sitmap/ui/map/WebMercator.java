package org.sitmap.ui.map;

import org.sitmap.domain.GeoPoint;

/** Web Mercator pixel arithmetic for 256-px tiles, as Gluon's map draws it. Pure. */
final class WebMercator {
    private static final double TILE = 256, MAX_LAT = 85.05112878;

    private WebMercator() {
    }

    /** The map centre at {@code zoom} that puts {@code anchor} ({@code dx}, {@code dy}) pixels from the middle. */
    static GeoPoint centreKeeping(GeoPoint anchor, double dx, double dy, double zoom) {
        double size = TILE * Math.pow(2, zoom);
        double x = (anchor.lon() + 180) / 360 * size - dx;
        double latRad = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, anchor.lat())));
        double y = (1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * size - dy;
        double lon = x / size * 360 - 180;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y / size))));
        return new GeoPoint(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)), ((lon + 540) % 360) - 180);
    }
}
