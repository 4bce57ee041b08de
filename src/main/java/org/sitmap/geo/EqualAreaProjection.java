package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
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
    /** The square of a length well under {@link #MAX_EDGE_DEG}, whatever the rounding of the square. */
    private static final double SHORT_EDGE_SQ = 0.99 * MAX_EDGE_DEG * MAX_EDGE_DEG;

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
        if (lonLat instanceof Polygon p) return polygonAreaM2(p) / 1e6;
        return toPlane(Densifier.densify(lonLat, MAX_EDGE_DEG)).getArea() / 1e6;
    }

    /**
     * The area of a valid polygon, m², computed ring by ring without building densified and projected copies: the
     * same points and sums as {@code toPlane(Densifier.densify(p, MAX_EDGE_DEG)).getArea()} (hence the same double),
     * without the validity check that makes the densifier slow (zone faces are valid).
     */
    private double polygonAreaM2(Polygon p) {
        double area = ringAreaM2(p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) area -= ringAreaM2(p.getInteriorRingN(i).getCoordinates());
        return area;
    }

    /** Densifies the ring as JTS's {@code Densifier} does, projects it, and sums it as JTS's {@code Area.ofRing}. */
    private double ringAreaM2(Coordinate[] ring) {
        List<Coordinate> lonLat = new ArrayList<>(ring.length * 2);
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate p0 = ring[i], p1 = ring[i + 1];
            addDistinct(lonLat, p0);
            double dx = p1.x - p0.x, dy = p1.y - p0.y;
            if (dx * dx + dy * dy < SHORT_EDGE_SQ) continue;  // clearly short: skip the slower exact length
            double len = p0.distance(p1);
            if (len <= MAX_EDGE_DEG) continue;
            int count = (int) Math.ceil(len / MAX_EDGE_DEG);
            double step = len / count;
            for (int j = 1; j < count; j++) {
                double f = (j * step) / len;
                addDistinct(lonLat, new Coordinate(p0.x + f * (p1.x - p0.x), p0.y + f * (p1.y - p0.y)));
            }
        }
        if (ring.length > 0) addDistinct(lonLat, ring[ring.length - 1]);
        int n = lonLat.size();
        if (n < 3) return 0;
        double[] x = new double[n], y = new double[n];
        ProjCoordinate in = new ProjCoordinate(), out = new ProjCoordinate();
        for (int i = 0; i < n; i++) {
            in.x = lonLat.get(i).x;
            in.y = lonLat.get(i).y;
            forward.transform(in, out);
            x[i] = out.x;
            y[i] = out.y;
        }
        double x0 = x[0], sum = 0;
        for (int i = 1; i < n - 1; i++) sum += (x[i] - x0) * (y[i - 1] - y[i + 1]);
        return Math.abs(sum / 2.0);
    }

    private static void addDistinct(List<Coordinate> pts, Coordinate c) {
        if (pts.isEmpty() || !pts.get(pts.size() - 1).equals2D(c)) pts.add(c);
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
