package org.sitmap.geo;

import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

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

    private final PointTransform forward;
    private final PointTransform inverse;
    /** Per thread, the sum a ring's area is added up in (a face's rings are measured on the thread deciding it). */
    private final ThreadLocal<RingArea> ringAreas;

    /** A projection centred on the given point (degrees). */
    public EqualAreaProjection(double lat0, double lon0) {
        CoordinateReferenceSystem laea = new CRSFactory().createFromParameters("LAEA",
                "+proj=laea +lat_0=" + lat0 + " +lon_0=" + lon0 + " +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs");
        forward = new Direct(laea.getProjection(), true);
        inverse = ObliqueLaeaInverse.of(laea.getProjection()).orElseGet(() -> new Direct(laea.getProjection(), false));
        PointTransform toPlane = forward;
        ringAreas = ThreadLocal.withInitial(() -> new RingArea(toPlane));
    }

    /** One point from lon/lat degrees to the plane or back; {@code src} and {@code tgt} may be the same. */
    interface PointTransform {
        ProjCoordinate transform(ProjCoordinate src, ProjCoordinate tgt);
    }

    /**
     * proj4j's transform between WGS84 lon/lat and this projection, the projection's own methods called directly: the
     * same numbers as its {@code BasicCoordinateTransform} (EqualAreaProjectionTest), without that class's steps for
     * axis order, prime meridian and datum, which are identities between these two systems (proj4j's projections keep
     * no state while projecting; thread-safe). The inverse way serves only where {@link ObliqueLaeaInverse} does not.
     */
    private record Direct(Projection projection, boolean forward) implements PointTransform {
        @Override
        public ProjCoordinate transform(ProjCoordinate src, ProjCoordinate tgt) {
            if (forward) {
                tgt.x = Math.toRadians(src.x);
                tgt.y = Math.toRadians(src.y);
                return projection.projectRadians(tgt, tgt);
            }
            projection.inverseProjectRadians(src, tgt);
            tgt.x = Math.toDegrees(tgt.x);
            tgt.y = Math.toDegrees(tgt.y);
            return tgt;
        }
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
        double[] xy = new double[2];
        toPlane(lon, lat, xy);
        return xy;
    }

    /** Unprojects one position of the plane (metres); returns {lon, lat} in degrees. */
    public double[] toLonLat(double x, double y) {
        ProjCoordinate out = inverse.transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }

    /** Per thread, a coordinate to project through without allocating (a tessellation projects a point a face). */
    private static final ThreadLocal<ProjCoordinate> SCRATCH = ThreadLocal.withInitial(ProjCoordinate::new);

    /** Projects one lon/lat position into {@code xy} (x at 0, y at 1, metres), allocating nothing. */
    void toPlane(double lon, double lat, double[] xy) {
        toPlane(lon, lat, xy, 0);
    }

    /** Projects one lon/lat position into {@code xy[at]} (x) and {@code xy[at + 1]} (y), allocating nothing. */
    private void toPlane(double lon, double lat, double[] xy, int at) {
        ProjCoordinate c = SCRATCH.get();
        c.x = lon;
        c.y = lat;
        forward.transform(c, c);
        xy[at] = c.x;
        xy[at + 1] = c.y;
    }

    /**
     * Projects lon/lat points: x and y of point k at 2k and 2k + 1, metres. {@code parallel}: in chunks on the common
     * pool too.
     */
    double[] toPlane(List<Coordinate> lonLat, boolean parallel) {
        double[] xy = new double[2 * lonLat.size()];
        int chunks = (lonLat.size() + CHUNK - 1) / CHUNK;
        IntStream each = IntStream.range(0, chunks);
        (parallel ? each.parallel() : each).forEach(c -> {
            for (int k = c * CHUNK; k < Math.min(lonLat.size(), (c + 1) * CHUNK); k++) {
                toPlane(lonLat.get(k).x, lonLat.get(k).y, xy, 2 * k);
            }
        });
        return xy;
    }

    private static final int CHUNK = 1024;

    /**
     * Unprojects positions of the plane (metres), x and y of position i at 2i and 2i + 1, into lon/lat degrees in
     * place: the caller's array then holds degrees (for lines drawn in the plane only to be taken to degrees).
     */
    void toLonLatInPlace(double[] xy) {
        ProjCoordinate c = SCRATCH.get();  // projected in place, as the forward path does
        for (int i = 0; i + 1 < xy.length; i += 2) {
            c.x = xy[i];
            c.y = xy[i + 1];
            inverse.transform(c, c);
            xy[i] = c.x;
            xy[i + 1] = c.y;
        }
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

    /**
     * Densifies the ring as JTS's {@code Densifier} does, projects it, and sums it as JTS's {@code Area.ofRing}, one
     * point at a time: no lists or copies of the points (a first snapshot measures thousands of faces, and its garbage
     * costs young-generation pauses).
     */
    private double ringAreaM2(Coordinate[] ring) {
        return ringAreaM2(ring, null, null);
    }

    /**
     * {@link #ringAreaM2(Coordinate[])} with the ring's vertices projected already: vertex k is point
     * {@code ids[k]}, whose projection is {@code (xy[2 * ids[k]], xy[2 * ids[k] + 1])} (as {@link #toPlane(double,
     * double)} gives it; the ring's closing vertex, the first again, needs no id). The same sum, hence the same double;
     * a tessellation's vertices, each on about three faces, are projected once instead of once a face. {@code ids}
     * null: each is projected here.
     */
    double ringAreaM2(Coordinate[] ring, int[] ids, double[] xy) {
        RingArea area = ringAreas.get().restart();
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate p0 = ring[i], p1 = ring[i + 1];
            if (ids == null) area.add(p0.x, p0.y);
            else area.add(p0.x, p0.y, xy[2 * ids[i]], xy[2 * ids[i] + 1]);
            double dx = p1.x - p0.x, dy = p1.y - p0.y;
            if (dx * dx + dy * dy < SHORT_EDGE_SQ) continue;  // clearly short: skip the slower exact length
            double len = p0.distance(p1);
            if (len <= MAX_EDGE_DEG) continue;
            int count = (int) Math.ceil(len / MAX_EDGE_DEG);
            double step = len / count;
            for (int j = 1; j < count; j++) {
                double f = (j * step) / len;
                area.add(p0.x + f * (p1.x - p0.x), p0.y + f * (p1.y - p0.y));
            }
        }
        if (ring.length == 0) return 0;
        Coordinate last = ring[ring.length - 1];  // the closing vertex: the first one again
        if (ids == null) area.add(last.x, last.y);
        else area.add(last.x, last.y, xy[2 * ids[0]], xy[2 * ids[0] + 1]);
        return area.m2();
    }

    /**
     * JTS's {@code Area.ofRing} shoelace sum, {@code (x[i] - x[0]) * (y[i - 1] - y[i + 1])} for i from 1 to n - 2 in
     * order, over projected points fed one by one; a point equal to the previous one (in lon/lat) is skipped.
     */
    private static final class RingArea {
        private final PointTransform forward;
        private final ProjCoordinate in = new ProjCoordinate(), out = new ProjCoordinate();
        private double lastLon, lastLat, x0, xPrev, yPrev, xCur, yCur, sum;
        private int count;

        RingArea(PointTransform forward) {
            this.forward = forward;
        }

        /** This sum emptied for a new ring (every other field is set before it is read again). */
        RingArea restart() {
            count = 0;
            sum = 0;
            return this;
        }

        void add(double lon, double lat) {
            if (count > 0 && lon == lastLon && lat == lastLat) return;
            in.x = lon;
            in.y = lat;
            forward.transform(in, out);
            add(lon, lat, out.x, out.y);
        }

        /** A point whose projection (x, y) is known. */
        void add(double lon, double lat, double x, double y) {
            if (count > 0 && lon == lastLon && lat == lastLat) return;
            lastLon = lon;
            lastLat = lat;
            if (count == 0) x0 = x;
            if (count >= 2) sum += (xCur - x0) * (yPrev - y);
            xPrev = xCur;
            yPrev = yCur;
            xCur = x;
            yCur = y;
            count++;
        }

        double m2() {
            return count < 3 ? 0 : Math.abs(sum / 2.0);
        }
    }

    private static Geometry transform(Geometry g, PointTransform t) {
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
