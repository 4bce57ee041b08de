package org.sitmap.geo;

import java.util.List;
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
 * with a known state. Faces form an exact polygonal coverage (shared edges have identical vertices), so zones are
 * dissolved from them with a coverage union. Immutable; thread-safe.
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
    private final IndexedPointInAreaLocator[] locators;
    /** Faces per block ({@link #FACES_PER_BLOCK} or so, neighbours in a grid cell), ascending face indices. */
    private final int[][] blocks;

    /** About how many faces a block holds: zones are dissolved block by block, and a block's part is cached. */
    static final int FACES_PER_BLOCK = 64;

    Tessellation(List<Locality> localities, List<Face> faces) {
        this.localities = List.copyOf(localities);
        this.faces = List.copyOf(faces);
        locators = new IndexedPointInAreaLocator[faces.size()];
        for (int i = 0; i < faces.size(); i++) locators[i] = new IndexedPointInAreaLocator(faces.get(i).lonLat());
        blocks = blocks(this.faces);
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

    /** The faces cut into blocks by a square grid over the centres of their envelopes; empty cells are left out. */
    private static int[][] blocks(List<Face> faces) {
        Envelope all = new Envelope();
        for (Face f : faces) all.expandToInclude(f.lonLat().getEnvelopeInternal().centre());
        int side = Math.max(1, (int) Math.ceil(Math.sqrt(faces.size() / (double) FACES_PER_BLOCK)));
        List<List<Integer>> cells = new java.util.ArrayList<>();
        for (int i = 0; i < side * side; i++) cells.add(new java.util.ArrayList<>());
        for (int i = 0; i < faces.size(); i++) {
            Coordinate c = faces.get(i).lonLat().getEnvelopeInternal().centre();
            cells.get(cell(c.y, all.getMinY(), all.getHeight(), side) * side + cell(c.x, all.getMinX(), all.getWidth(), side)).add(i);
        }
        return cells.stream().filter(c -> !c.isEmpty()).map(c -> c.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private static int cell(double v, double min, double extent, int side) {
        return extent <= 0 ? 0 : Math.min(side - 1, (int) ((v - min) / extent * side));
    }

    List<Locality> localities() {
        return localities;
    }

    List<Face> faces() {
        return faces;
    }

    /** The blocks: each the ascending indices of nearby faces; every face is in exactly one. Do not modify. */
    int[][] blocks() {
        return blocks;
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
            int loc = locators[i].locate(c);
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
