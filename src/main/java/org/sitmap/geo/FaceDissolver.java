package org.sitmap.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
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

    private final Map<Key, Dissolved> cache = new ConcurrentHashMap<>();

    /** The union of the given faces of {@code t} (an empty MultiPolygon for none). */
    Dissolved dissolve(Tessellation t, BitSet faces) {
        return cache.computeIfAbsent(new Key(t, faces), k -> {
            List<Polygon> parts = new ArrayList<>();
            double area = 0;
            for (int f = faces.nextSetBit(0); f >= 0; f = faces.nextSetBit(f + 1)) {
                parts.add(t.faces().get(f).lonLat());
                area += t.faces().get(f).areaKm2();
            }
            // A MultiPolygon (not a collection) as input: JTS asks the input's dimension per edge, and a
            // GeometryCollection answers by scanning all its members.
            Geometry g = parts.isEmpty() ? Geometries.FACTORY.createMultiPolygon() : union(parts);
            return new Dissolved(g, area);
        });
    }

    /** The union of faces: a coverage union, or a general (slower, snapping) union should the faces not match. */
    private static Geometry union(List<Polygon> faces) {
        Geometry all = Geometries.FACTORY.createMultiPolygon(faces.toArray(Polygon[]::new));
        try {
            return CoverageUnion.union(all);
        } catch (TopologyException e) {
            LOG.warn("Zone faces do not form an exact coverage ({}); using a general union", e.getMessage());
            return OverlayNGRobust.union(all);
        }
    }
}
