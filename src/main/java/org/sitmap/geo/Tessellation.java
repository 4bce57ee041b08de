package org.sitmap.geo;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.sitmap.domain.Locality;

/**
 * The mapped area cut into faces, each decided by one locality (or by none: no data), for one set of localities
 * with a known state. Faces form an exact polygonal coverage (shared edges have identical vertices), and keep the
 * graph of half-edges they were traced from, in which a zone's outline is traced ({@link FaceGraph}). Immutable;
 * thread-safe.
 */
final class Tessellation {
    /**
     * One face.
     *
     * @param lonLat  the polygon in lon/lat degrees
     * @param areaKm2 its area in km², measured in the equal-area plane
     * @param decider index into {@link #localities()}, or -1 for no data
     */
    record Face(Polygon lonLat, double areaKm2, int decider) {
    }

    /** How far outside every face a point may be and still count as on the nearest face: about 1 m. */
    static final double TOLERANCE_DEG = 1e-5;

    private final List<Locality> localities;
    private final List<Face> faces;
    /** The faces' envelopes, built at the first hit-test: a snapshot on screen does not need it. */
    private volatile STRtree index;
    /** Per face, its locator, made at the face's first hit-test: most faces of a snapshot on screen are never asked. */
    private final AtomicReferenceArray<IndexedPointInAreaLocator> locators;
    private final FaceGraph graph;

    /** @param graph the faces' half-edges, numbered as {@code faces} */
    Tessellation(List<Locality> localities, List<Face> faces, FaceGraph graph) {
        this.localities = List.copyOf(localities);
        this.faces = List.copyOf(faces);
        this.graph = graph;
        locators = new AtomicReferenceArray<>(faces.size());
    }

    private STRtree index() {
        STRtree built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = new STRtree();
                    for (int i = 0; i < faces.size(); i++) built.insert(faces.get(i).lonLat().getEnvelopeInternal(), i);
                    built.build();
                    index = built;
                }
            }
        }
        return built;
    }

    private IndexedPointInAreaLocator locator(int face) {
        IndexedPointInAreaLocator l = locators.get(face);
        if (l == null) {
            locators.compareAndSet(face, null, new IndexedPointInAreaLocator(faces.get(face).lonLat()));
            l = locators.get(face);
        }
        return l;
    }

    List<Locality> localities() {
        return localities;
    }

    List<Face> faces() {
        return faces;
    }

    /** The faces' half-edges, for tracing unions of faces. */
    FaceGraph graph() {
        return graph;
    }

    /**
     * The index of the face containing (lon, lat), or -1 when none does (outside the mapped area). A point on an
     * edge goes to the lowest-numbered face; a point within {@link #TOLERANCE_DEG} of a face (the border is the
     * mapped area's up to rounding, or up to 1 m where noding had to snap) goes to the nearest face.
     */
    int faceAt(double lon, double lat) {
        Coordinate c = new Coordinate(lon, lat);
        int boundary = -1;
        STRtree index = index();
        for (Object o : index.query(new Envelope(c))) {
            int i = (Integer) o;
            int loc = locator(i).locate(c);
            if (loc == Location.INTERIOR) return i;
            if (loc == Location.BOUNDARY && (boundary < 0 || i < boundary)) boundary = i;
        }
        if (boundary >= 0) return boundary;
        Envelope near = new Envelope(c);
        near.expandBy(TOLERANCE_DEG);
        Point p = Geometries.FACTORY.createPoint(c);
        double best = TOLERANCE_DEG;
        for (Object o : index.query(near)) {
            int i = (Integer) o;
            double d = faces.get(i).lonLat().distance(p);
            if (d <= best) {
                best = d;
                boundary = i;
            }
        }
        return boundary;
    }
}
