package org.sitmap.basemap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Spherical Web Mercator (EPSG:3857) and the XYZ tile grid of 256-pixel tiles. Coordinates in metres; tile
 * rows count from the north (XYZ, not TMS). Stateless and thread-safe.
 */
public final class WebMercator {
    public static final int TILE_SIZE = 256;
    /** Half the width of the world, metres. */
    public static final double HALF_WORLD = Math.PI * 6378137.0;
    private static final double RADIUS = 6378137.0;
    private static final double MAX_LAT = 85.05112878;

    private WebMercator() {
    }

    public static double x(double lon) {
        return Math.toRadians(lon) * RADIUS;
    }

    public static double y(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return RADIUS * Math.log(Math.tan(Math.PI / 4 + phi / 2));
    }

    public static Coordinate project(double lon, double lat) {
        return new Coordinate(x(lon), y(lat));
    }

    /** Projects a lon/lat geometry to metres, in place. */
    public static void projectInPlace(Geometry lonLat) {
        lonLat.apply((Coordinate c) -> {
            double lon = c.x;
            c.x = x(lon);
            c.y = y(c.y);
        });
        lonLat.geometryChanged();
    }

    public static double lon(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    public static double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
    }

    /** Metres per pixel at {@code zoom}. */
    public static double resolution(int zoom) {
        return 2 * HALF_WORLD / (TILE_SIZE * (double) (1L << zoom));
    }

    /** The tile's extent in metres. */
    public static Envelope tileEnvelope(TileKey key) {
        double size = 2 * HALF_WORLD / (1L << key.zoom());
        double minX = -HALF_WORLD + key.x() * size;
        double maxY = HALF_WORLD - key.y() * size;
        return new Envelope(minX, minX + size, maxY - size, maxY);
    }

    /** The tile containing {@code lon, lat} at {@code zoom}. */
    public static TileKey tileAt(double lon, double lat, int zoom) {
        double n = 1L << zoom;
        long x = (long) Math.floor((x(lon) + HALF_WORLD) / (2 * HALF_WORLD) * n);
        long y = (long) Math.floor((HALF_WORLD - y(lat)) / (2 * HALF_WORLD) * n);
        return new TileKey(zoom, Math.min((long) n - 1, Math.max(0, x)), Math.min((long) n - 1, Math.max(0, y)));
    }
}
