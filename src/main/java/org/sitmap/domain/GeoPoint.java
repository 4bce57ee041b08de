package org.sitmap.domain;

/**
 * A WGS84 position in decimal degrees. Immutable; validates its range.
 *
 * @param lat latitude, -90..90
 * @param lon longitude, -180..180
 */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) throw new IllegalArgumentException("latitude out of range: " + lat);
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("longitude out of range: " + lon);
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius). */
    public double distanceKm(GeoPoint other) {
        double p1 = Math.toRadians(lat), p2 = Math.toRadians(other.lat);
        double dp = p2 - p1, dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
