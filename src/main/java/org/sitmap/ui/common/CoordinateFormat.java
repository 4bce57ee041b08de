package org.sitmap.ui.common;

import java.util.Locale;
import mil.nga.mgrs.MGRS;
import org.sitmap.domain.GeoPoint;

/** How the status bar writes a position: decimal degrees and MGRS (1 m precision, as NGA's library formats it). */
public final class CoordinateFormat {
    private CoordinateFormat() {
    }

    /** "36.20124° N, 37.16117° E", or "—" for null. */
    public static String degrees(GeoPoint p) {
        if (p == null) return "—";
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(p.lat()), p.lat() >= 0 ? "N" : "S",
                Math.abs(p.lon()), p.lon() >= 0 ? "E" : "W");
    }

    /** "37S CA 61574 06738"-style MGRS, or "—" for null or where MGRS is undefined (polar regions). */
    public static String mgrs(GeoPoint p) {
        if (p == null || p.lat() < -80 || p.lat() > 84) return "—";
        String s = MGRS.from(p.lon(), p.lat()).coordinate();
        // Group as zone+band, square, easting, northing for reading aloud.
        return s.length() == 15 ? s.substring(0, 3) + " " + s.substring(3, 5) + " " + s.substring(5, 10) + " " + s.substring(10) : s;
    }
}
