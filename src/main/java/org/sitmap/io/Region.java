package org.sitmap.io;

/** The area Sitmap's data may lie in: Syria's bounding box with a small margin, in WGS84 degrees. */
public final class Region {
    public static final double MIN_LAT = 32.2, MAX_LAT = 37.5, MIN_LON = 35.5, MAX_LON = 42.5;

    private Region() {
    }

    public static boolean contains(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }

    /** Why a point is refused, for messages: the point and a hint at the usual mistake. */
    public static String outside(double lat, double lon) {
        return lat + "," + lon + " lies outside Syria (" + MIN_LAT + "–" + MAX_LAT + " N, " + MIN_LON + "–" + MAX_LON
                + " E): wrong or swapped coordinates?";
    }
}
