package org.sitmap.geo;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Lambert azimuthal equal-area projection on the WGS84 ellipsoid, centred on northern Syria (36° N, 38.5° E):
 * areas in it are exact, and distances within 400 km of the centre are off by less than 0.3 %, so the zone
 * engine works in its plane (metres) and measures areas there. Immutable and thread-safe.
 */
public final class EqualAreaProjection {
    /** The projection the zone engine uses. */
    public static final EqualAreaProjection NORTHERN_SYRIA = new EqualAreaProjection(36.0, 38.5);

    /** Longest lon/lat edge projected as a straight line, degrees (about 2 km; bows under 10 cm in the plane). */
    public static final double MAX_EDGE_DEG = 0.02;

    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;

    /** A projection centred on the given point (degrees). */
    public EqualAreaProjection(double lat0, double lon0) {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
        CoordinateReferenceSystem laea = crs.createFromParameters("LAEA",
                "+proj=laea +lat_0=" + lat0 + " +lon_0=" + lon0 + " +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs");
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        forward = f.createTransform(wgs84, laea);
        inverse = f.createTransform(laea, wgs84);
    }

    /** A copy of a lon/lat geometry (x = longitude, degrees) in the projected plane (metres). */
    public Geometry toPlane(Geometry lonLat) {
        return transform(lonLat, forward);
    }

    /** A copy of a projected geometry (metres) in lon/lat degrees. */
    public Geometry toLonLat(Geometry plane) {
        return transform(plane, inverse);
    }

    /** Projects one lon/lat position; returns {x, y} in metres. */
    public double[] toPlane(double lon, double lat) {
        ProjCoordinate out = forward.transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }

    /** Unprojects one position of the plane (metres); returns {lon, lat} in degrees. */
    public double[] toLonLat(double x, double y) {
        ProjCoordinate out = inverse.transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }

    /**
     * Area of a lon/lat polygonal geometry in km² (0 for points and lines), its edges taken as straight in lon/lat:
     * they are densified to {@link #MAX_EDGE_DEG} first, since a long edge (the 34.6° N parallel) bows in the plane.
     */
    public double areaKm2(Geometry lonLat) {
        return toPlane(Densifier.densify(lonLat, MAX_EDGE_DEG)).getArea() / 1e6;
    }

    private static Geometry transform(Geometry g, CoordinateTransform t) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate in = new ProjCoordinate(), out = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
