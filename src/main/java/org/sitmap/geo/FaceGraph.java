package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A tessellation's faces as a planar graph of half-edges ({@link FaceBuilder}'s), each knowing the face on its left:
 * the union of any set of faces is then traced along the half-edges whose left face is in the set and whose right
 * face is not, in time linear in those faces' edges, without overlaying anything. A union built from the graph has
 * exactly the faces' vertices, so the zones of one snapshot still match edge for edge. Immutable; thread-safe.
 */
final class FaceGraph {
    private final List<Coordinate> nodes;
    private final int[] origin;
    private final int[] next;
    private final int[] leftFace;
    /** Per face, its half-edges: {@code edges[first[f]]} to {@code edges[first[f + 1] - 1]}. */
    private final int[] first;
    private final int[] edges;
    /** Per thread, one int per node for {@link FaceBuilder#simpleLoops}, which leaves it all 0. */
    private final ThreadLocal<int[]> scratch;

    /**
     * @param nodes    the points
     * @param origin   per half-edge its start node; half-edges 2k and 2k + 1 are twins
     * @param next     per live half-edge, the half-edge after it along the face on its left: the one just clockwise
     *                 of its twin around the node where it ends
     * @param leftFace per half-edge, the face on its left, or -1 for none (outer face, a face left out, a dead edge)
     */
    FaceGraph(List<Coordinate> nodes, int[] origin, int[] next, int[] leftFace) {
        this.nodes = nodes;
        this.origin = origin;
        this.next = next;
        this.leftFace = leftFace;
        int faces = 0;
        for (int f : leftFace) faces = Math.max(faces, f + 1);
        first = new int[faces + 1];
        for (int f : leftFace) if (f >= 0) first[f + 1]++;
        for (int f = 0; f < faces; f++) first[f + 1] += first[f];
        edges = new int[first[faces]];
        int[] fill = Arrays.copyOf(first, faces);
        for (int e = 0; e < leftFace.length; e++) if (leftFace[e] >= 0) edges[fill[leftFace[e]]++] = e;
        scratch = ThreadLocal.withInitial(() -> new int[nodes.size()]);
    }

    /**
     * The union of the given faces: a Polygon, a MultiPolygon, or an empty MultiPolygon for none; shells clockwise
     * and holes counter-clockwise, as JTS's overlay gives them. Empty (Java) when the graph does not close up around
     * them, which a well-formed tessellation never does; the caller then unions the faces' polygons instead.
     */
    Optional<Geometry> union(BitSet faces) {
        BitSet used = new BitSet();
        List<int[]> cycles = new ArrayList<>();
        int[] buffer = new int[64];
        for (int f = faces.nextSetBit(0); f >= 0; f = faces.nextSetBit(f + 1)) {
            if (f + 1 >= first.length) continue;  // a face without edges
            for (int k = first[f]; k < first[f + 1]; k++) {
                int start = edges[k];
                if (used.get(start) || in(faces, leftFace[twin(start)])) continue;
                int len = 0, e = start;
                do {
                    if (used.get(e) || len > origin.length) return Optional.empty();
                    used.set(e);
                    if (len == buffer.length) buffer = Arrays.copyOf(buffer, len * 2);
                    buffer[len++] = e;
                    e = nextOnBoundary(e, faces);
                } while (e != start);
                cycles.add(Arrays.copyOf(buffer, len));
            }
        }
        List<LinearRing> shells = new ArrayList<>(), holes = new ArrayList<>();
        for (int[] loop : FaceBuilder.simpleLoops(cycles, origin, scratch.get())) {
            Coordinate[] pts = new Coordinate[loop.length + 1];
            // Traced with the faces on the left: shells counter-clockwise. Written backwards, as JTS orients them.
            for (int i = 0; i < loop.length; i++) pts[loop.length - i] = nodes.get(origin[loop[i]]);
            pts[0] = pts[loop.length];
            (Orientation.isCCW(pts) ? holes : shells).add(Geometries.FACTORY.createLinearRing(pts));
        }
        List<Polygon> polygons = FaceBuilder.assemble(shells, holes, new int[holes.size()]);
        if (polygons.size() == 1) return Optional.of(polygons.get(0));
        return Optional.of(Geometries.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
    }

    /**
     * The boundary half-edge after {@code e} (which ends at node v with a face of the set on its left): the first
     * half-edge clockwise from e's twin around v whose right side lies outside the set. Each candidate has a face of
     * the set on its left, and the sector just before e's twin does not belong to the set, so one is found.
     */
    private int nextOnBoundary(int e, BitSet faces) {
        // The candidates clockwise around v: after n comes the half-edge after n's twin along its face.
        int first = next[e], n = first;
        while (in(faces, leftFace[twin(n)])) {
            n = next[twin(n)];
            if (n == first) return e;  // cannot happen in a planar graph; the caller's loop then stops on a used edge
        }
        return n;
    }

    private static boolean in(BitSet faces, int f) {
        return f >= 0 && faces.get(f);
    }

    private static int twin(int e) {
        return e ^ 1;
    }
}
