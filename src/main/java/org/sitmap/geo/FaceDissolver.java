package org.sitmap.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unions of a tessellation's faces with their area, cached per set of faces: the same faces (a zone that did not
 * change, a diff's part) are dissolved once. The sets passed in must not change afterwards. Thread-safe.
 */
final class FaceDissolver {
    private static final Logger LOG = LoggerFactory.getLogger(FaceDissolver.class);

    /** A union of faces (lon/lat) and its area in km² (the sum of the faces' equal-area areas). */
    record Dissolved(Geometry geometry, double areaKm2) {
    }

    private record Key(Tessellation tessellation, BitSet faces) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.tessellation == tessellation && k.faces.equals(faces);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(tessellation) * 31 + faces.hashCode();
        }
    }

    private static final Geometry EMPTY = Geometries.FACTORY.createMultiPolygon();

    private final Map<Key, Dissolved> cache = new ConcurrentHashMap<>();

    /**
     * The union of the given faces of {@code t} (an empty MultiPolygon for none), traced along their common boundary
     * in the tessellation's graph ({@link FaceGraph}); should the graph not close up, by a union of the faces.
     */
    Dissolved dissolve(Tessellation t, BitSet faces) {
        return cache.computeIfAbsent(new Key(t, faces), k -> {
            double area = 0;
            for (int f = faces.nextSetBit(0); f >= 0; f = faces.nextSetBit(f + 1)) area += t.faces().get(f).areaKm2();
            Geometry g = t.graph().union(faces).orElseGet(() -> {
                LOG.warn("The faces' graph does not close up around {} faces; using a union", faces.cardinality());
                List<Polygon> polygons = new ArrayList<>();
                for (int f = faces.nextSetBit(0); f >= 0; f = faces.nextSetBit(f + 1)) polygons.add(t.faces().get(f).lonLat());
                return polygons.isEmpty() ? EMPTY : union(polygons);
            });
            return new Dissolved(g, area);
        });
    }

    /**
     * The union of faces: a coverage union (the faces' boundary, split at every vertex it passes more than once, see
     * {@link CoverageBoundaryNoder}), or a general (slower, snapping) union should the faces not match or the result
     * still have a ring that touches itself (ZoneCoverageProperties found such a zone among six places around
     * Aleppo, which JTS 1.20's own {@code CoverageUnion} gets wrong).
     */
    static Geometry union(List<Polygon> faces) {
        Geometry all = Geometries.FACTORY.createMultiPolygon(faces.toArray(Polygon[]::new));
        try {
            // A binary union with an empty second operand: OverlayNG takes a noder only that way in its public API.
            Geometry union = OverlayNG.overlay(all, EMPTY, OverlayNG.UNION, new CoverageBoundaryNoder());
            if (!hasSelfTouchingRing(union)) return union;
            LOG.warn("Coverage union of {} faces has a ring touching itself; using a general union", faces.size());
        } catch (TopologyException e) {
            LOG.warn("Zone faces do not form an exact coverage ({}); using a general union", e.getMessage());
        }
        return OverlayNGRobust.union(all);
    }

    /**
     * True when a ring of {@code polygonal} visits a vertex twice. Of a valid coverage, the union has no crossing
     * edges and only input vertices, so this is the one way it can be invalid; checking it is linear.
     */
    static boolean hasSelfTouchingRing(Geometry polygonal) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (visitsAVertexTwice(p.getExteriorRing())) return true;
            for (int h = 0; h < p.getNumInteriorRing(); h++) if (visitsAVertexTwice(p.getInteriorRingN(h))) return true;
        }
        return false;
    }

    private static boolean visitsAVertexTwice(LinearRing ring) {
        Coordinate[] cs = ring.getCoordinates();
        Set<Coordinate> seen = new HashSet<>(cs.length * 2);
        for (int i = 0; i < cs.length - 1; i++) if (!seen.add(cs[i])) return true;
        return false;
    }
}
