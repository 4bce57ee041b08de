package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Quadrant;

/**
 * The bounded faces of a fully noded set of distinct segments (no two cross or overlap except at endpoints), as
 * polygons with holes. Does what JTS's {@code Polygonizer} does for this one case, ten times faster: half-edges in
 * arrays, sorted around each node with JTS's robust direction comparison. Dangles and cut edges bound no face and are
 * dropped. Not thread-safe; use once.
 *
 * <p>Kept rather than {@code Polygonizer} for speed: the 50,600 noded segments of the 5,000-place benchmark set make
 * their 10,005 faces here in 30–40 ms, and in 290–450 ms with {@code Polygonizer} (thread CPU time on the 2-core
 * benchmark machine), against a 200 ms target for that set's whole first snapshot. {@code FaceBuilderTest} checks
 * that both give the same faces on random noded lines.
 */
final class FaceBuilder {
    private final List<Coordinate> nodes;
    private final int[] origin;
    private final boolean[] dead;
    private int[] next;          // per live half-edge, the one after it along the face on its left; -1 for a dead one
    private int[] first, out;    // node v's half-edges are out[first[v]] to out[first[v + 1] - 1], counter-clockwise
    private int[] degree;        // per node, its live half-edges
    private int[] leftPolygon;   // per half-edge, the face on its left (index into faces()), or -1
    private List<Polygon> faces;  // what faces() returned
    private List<int[]> shellLoops, holeLoops;  // per face, its shell's nodes; per hole, its nodes (after faces())
    private int[][] holesOf;  // per face, its holes (indices into holeLoops) in the order of its interior rings
    private static final int[] NO_HOLES = {};
    private static final LinearRing[] NO_RINGS = {};  // shared: an empty array cannot change

    FaceBuilder(NodedSegments segments) {
        nodes = segments.nodes();
        origin = segments.ends();  // segment k: half-edges 2k and 2k + 1, from its first and from its second end
        dead = new boolean[origin.length];
    }

    private static int twin(int e) {
        return e ^ 1;
    }

    private int dest(int e) {
        return origin[twin(e)];
    }

    /** The bounded faces, each a polygon with its holes (built at the first call). */
    List<Polygon> faces() {
        if (faces != null) return faces;
        linkAroundNodes();
        int[] queue = new int[nodes.size()];
        int ones = 0;
        for (int v = 0; v < degree.length; v++) if (degree[v] == 1) queue[ones++] = v;
        removeDangles(queue, ones);
        List<int[]> cycles = traceCycles(queue);
        List<LinearRing> shells = new ArrayList<>(), holes = new ArrayList<>();
        shellLoops = new ArrayList<>();
        holeLoops = new ArrayList<>();
        for (int[] loop : simpleLoops(cycles)) {
            LinearRing ring = ring(loop);
            boolean shell = Orientation.isCCW(ring.getCoordinates());
            (shell ? shells : holes).add(ring);
            (shell ? shellLoops : holeLoops).add(loop);
        }
        int[] owner = new int[holes.size()];
        List<Polygon> polygons = assemble(shells, holes, owner);
        leftPolygon = new int[origin.length];
        Arrays.fill(leftPolygon, -1);
        for (int i = 0; i < shellLoops.size(); i++) for (int e : shellLoops.get(i)) leftPolygon[e] = i;
        for (int i = 0; i < holeLoops.size(); i++) for (int e : holeLoops.get(i)) leftPolygon[e] = owner[i];
        // From here on the loops are kept for the areas, as the nodes their half-edges start from.
        for (int[] loop : shellLoops) for (int k = 0; k < loop.length; k++) loop[k] = origin[loop[k]];
        for (int[] loop : holeLoops) for (int k = 0; k < loop.length; k++) loop[k] = origin[loop[k]];
        holesOf = byOwner(owner, shells.size());
        faces = polygons;
        return polygons;
    }

    /**
     * The area of face {@code f} of {@link #faces()} in the plane, m², as {@link EqualAreaProjection#areaKm2} measures
     * it (the same double), from the nodes' projections {@code xy} (x and y of node n at 2n and 2n + 1, as
     * {@link #nodes()} numbers them).
     */
    double areaM2(int f, EqualAreaProjection projection, double[] xy) {
        Polygon face = faces.get(f);
        double area = projection.ringAreaM2(face.getExteriorRing().getCoordinates(), shellLoops.get(f), xy);
        for (int i = 0; i < holesOf[f].length; i++) {
            area -= projection.ringAreaM2(face.getInteriorRingN(i).getCoordinates(), holeLoops.get(holesOf[f][i]), xy);
        }
        return area;
    }

    /** The nodes the half-edges start from, numbered as the segments' ends number them. */
    List<Coordinate> nodes() {
        return nodes;
    }

    /**
     * The half-edges of the faces {@link #faces()} returned, each with the index of the face on its left in that
     * list (-1 for the outer face, dangles and cut edges), for dissolving faces by tracing their common boundary.
     */
    FaceGraph graph() {
        if (faces == null) throw new IllegalStateException("faces() first");
        return graph(java.util.stream.IntStream.range(0, faces.size()).toArray());
    }

    /** {@link #graph()} with the faces renumbered: face f of {@link #faces()} becomes {@code faceOf[f]} (-1 drops it). */
    FaceGraph graph(int[] faceOf) {
        if (leftPolygon == null) throw new IllegalStateException("faces() first");
        int[] left = new int[leftPolygon.length];
        for (int e = 0; e < left.length; e++) left[e] = leftPolygon[e] < 0 ? -1 : faceOf[leftPolygon[e]];
        return new FaceGraph(nodes, origin, next, left);
    }

    private LinearRing ring(int[] loop) {
        Coordinate[] pts = new Coordinate[loop.length + 1];
        for (int i = 0; i < loop.length; i++) pts[i] = nodes.get(origin[loop[i]]);
        pts[loop.length] = pts[0];
        return Geometries.FACTORY.createLinearRing(pts);
    }

    /**
     * The cycles split where they pass a node twice: a face wrapped around a pocket that touches it at one point
     * traces shell and pocket as one cycle, which JTS would call a self-touching ring; split, the pocket (clockwise)
     * becomes a hole touching its shell at that point, which is valid.
     */
    private List<int[]> simpleLoops(List<int[]> cycles) {
        return simpleLoops(cycles, origin, new int[nodes.size()]);
    }

    /**
     * {@link #simpleLoops(List)} for cycles of half-edges starting at the given nodes. {@code at}: one int per node,
     * all 0, left all 0 (a caller tracing many small unions reuses it rather than clearing a node-sized array each time).
     * A cycle that passes no node twice (nearly all) comes back as itself, not a copy: the callers drop the cycles.
     */
    static List<int[]> simpleLoops(List<int[]> cycles, int[] origin, int[] at) {
        List<int[]> out = new ArrayList<>(cycles.size());
        // at: per node, its position on the stack plus one; 0 when not on it
        int[] stack = new int[16];
        for (int[] cycle : cycles) {
            if (stack.length < cycle.length) stack = new int[Math.max(cycle.length, 2 * stack.length)];
            int top = 0;
            boolean split = false;
            for (int e : cycle) {
                int p = at[origin[e]] - 1;
                if (p >= 0) {
                    out.add(Arrays.copyOfRange(stack, p, top));
                    for (int k = p; k < top; k++) at[origin[stack[k]]] = 0;
                    top = p;
                    split = true;
                }
                at[origin[e]] = top + 1;
                stack[top++] = e;
            }
            out.add(split ? Arrays.copyOf(stack, top) : cycle);  // unsplit, the stack holds the cycle as it is
            for (int k = 0; k < top; k++) at[origin[stack[k]]] = 0;
        }
        return out;
    }

    /**
     * Sorts each node's half-edges counter-clockwise and links them into faces: a half-edge arriving at a node goes on
     * along the half-edge just clockwise of its twin, keeping the same face on its left. The half-edges are sorted in
     * one array, node after node, rather than in an array per node: tracing then follows one array, where it looked
     * up the node's array and the edge's place in it at every step (a tenth of the first snapshot's time on the thread
     * that waits). Dangles and cut edges are then taken out of the links where they are ({@link #unlink}), not by
     * sorting and linking every node again: that second pass, with its arrays, was over a quarter of what a shipped
     * first snapshot allocated in building its faces.
     */
    private void linkAroundNodes() {
        int n = nodes.size();
        first = new int[n + 1];
        for (int e = 0; e < origin.length; e++) first[origin[e] + 1]++;
        for (int v = 0; v < n; v++) first[v + 1] += first[v];
        out = new int[origin.length];
        for (int e = 0; e < origin.length; e++) out[first[origin[e]]++] = e;  // first[v] ends at v's last plus one
        for (int v = n; v > 0; v--) first[v] = first[v - 1];
        first[0] = 0;
        degree = new int[n];
        next = new int[origin.length];
        for (int v = 0; v < n; v++) {
            int lo = first[v], hi = first[v + 1];
            degree[v] = hi - lo;
            sortByDirection(nodes.get(v), out, lo, hi);
            for (int i = lo; i < hi; i++) next[twin(out[i])] = out[i == lo ? hi - 1 : i - 1];
        }
    }

    /**
     * Takes half-edge e and its twin out of the faces: the half-edge before each goes on to the one after the other's
     * twin, which is what sorting and linking the node again without them would give (their neighbours' order around
     * the node stays).
     */
    private void unlink(int e) {
        int t = twin(e);
        int beforeE = before(e), afterT = next[t], beforeT = before(t), afterE = next[e];
        if (beforeE != t) next[beforeE] = afterT;  // else e was its node's only half-edge
        if (beforeT != e) next[beforeT] = afterE;
        dead[e] = dead[t] = true;
        next[e] = next[t] = -1;
        degree[origin[e]]--;
        degree[origin[t]]--;
    }

    /**
     * The live half-edge whose next is e: the twin of the next live half-edge counter-clockwise from e around its node
     * (e's own twin when e is the only one). Looked up around the node, not kept per half-edge: only dangles and cut
     * edges are unlinked, a few hundred of a scale-100 tessellation's 150,000 half-edges.
     */
    private int before(int e) {
        int lo = first[origin[e]], n = first[origin[e] + 1] - lo, k = 0;
        while (out[lo + k] != e) k++;
        for (int i = 1; i < n; i++) {
            int f = out[lo + (k + i) % n];
            if (!dead[f]) return twin(f);
        }
        return twin(e);
    }

    /**
     * Removes edges ending at a node of degree one, repeatedly, starting from the nodes {@code queue[0]} to
     * {@code queue[count - 1]}; the queue must have room for every node (a node enters it when its degree falls to
     * one, which happens once).
     */
    private void removeDangles(int[] queue, int count) {
        int head = 0, tail = count;
        while (head < tail) {
            int v = queue[head++];
            if (degree[v] != 1) continue;
            for (int k = first[v]; k < first[v + 1]; k++) {
                int e = out[k];
                if (dead[e]) continue;
                unlink(e);
                int m = dest(e);
                if (degree[m] == 1) queue[tail++] = m;
            }
        }
    }

    /**
     * Sorts half-edges {@code from} to {@code to - 1} of {@code edges}, all leaving o, counter-clockwise; an insertion
     * sort, as nodes have few edges (stable, as before).
     */
    private void sortByDirection(Coordinate o, int[] edges, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int e = edges[i];
            Coordinate d = nodes.get(dest(e));
            int j = i - 1;
            while (j >= from && compareDirection(o, nodes.get(dest(edges[j])), d) > 0) {
                edges[j + 1] = edges[j];
                j--;
            }
            edges[j + 1] = e;
        }
    }

    /** Counter-clockwise order of directions o→a and o→b from the positive x axis (as JTS's EdgeEnd). */
    private static int compareDirection(Coordinate o, Coordinate a, Coordinate b) {
        int qa = Quadrant.quadrant(a.x - o.x, a.y - o.y), qb = Quadrant.quadrant(b.x - o.x, b.y - o.y);
        if (qa != qb) return Integer.compare(qa, qb);
        return -Orientation.index(o, a, b);  // b left of o→a: a comes first
    }

    /**
     * Traces every cycle of live half-edges (face on the left). A half-edge whose twin lies on the same cycle is a cut
     * edge (the same face on both sides, bounding nothing): the cut edges, and the dangles their removal leaves, are
     * taken out and the cycles traced again. {@code queue}: room for every node, for the dangles.
     */
    private List<int[]> traceCycles(int[] queue) {
        int[] cycleOf = new int[origin.length];
        int[] from = new int[16], length = new int[16];  // per cycle, its first half-edge and how many it has
        while (true) {
            Arrays.fill(cycleOf, -1);
            int count = 0;
            for (int s = 0; s < origin.length; s++) {
                if (dead[s] || cycleOf[s] >= 0) continue;
                if (count == from.length) {
                    from = Arrays.copyOf(from, 2 * count);
                    length = Arrays.copyOf(length, 2 * count);
                }
                int len = 0, e = s;
                do {
                    cycleOf[e] = count;
                    len++;
                    e = next[e];
                } while (e != s && cycleOf[e] < 0);
                from[count] = s;
                length[count++] = len;
            }
            int ones = 0;
            boolean cut = false;
            for (int e = 0; e < origin.length; e++) {
                if (dead[e] || cycleOf[e] != cycleOf[twin(e)]) continue;
                unlink(e);
                cut = true;
                if (degree[origin[e]] == 1) queue[ones++] = origin[e];
                if (degree[dest(e)] == 1) queue[ones++] = dest(e);
            }
            if (!cut) {  // walked again, into an array each
                List<int[]> cycles = new ArrayList<>(count);
                for (int c = 0; c < count; c++) {
                    int[] cycle = new int[length[c]];
                    int e = from[c];
                    for (int i = 0; i < cycle.length; i++) {
                        cycle[i] = e;
                        e = next[e];
                    }
                    cycles.add(cycle);
                }
                return cycles;
            }
            removeDangles(queue, ones);
        }
    }

    /**
     * Each hole goes into the smallest shell that contains it; holes in no shell bound the outer face. {@code owner}
     * receives each hole's shell, or -1. The holes (a few hundred in a large tessellation, against tens of thousands
     * of shells) are put in a grid, and each shell asks the grid for the holes its envelope covers: an R-tree of all
     * the shells cost more to build than the few questions it answered.
     */
    static List<Polygon> assemble(List<LinearRing> shells, List<LinearRing> holes, int[] owner) {
        Arrays.fill(owner, -1);
        if (!holes.isEmpty()) {
            // Each envelope taken once: JTS hands out a copy at every call, and the loop below asks for a hole's
            // envelope for every shell near it (150,000 copies, 7 MB, at scale 100).
            Envelope[] holeEnvelopes = new Envelope[holes.size()];
            Envelope all = new Envelope();
            for (int k = 0; k < holes.size(); k++) {
                holeEnvelopes[k] = holes.get(k).getEnvelopeInternal();
                all.expandToInclude(holeEnvelopes[k]);
            }
            UniformGrid grid = new UniformGrid(all, holes.size(), Double.MIN_NORMAL);
            UniformGrid.Cells cells = grid.itemsByCell(holes.size(), k -> holeEnvelopes[k]);
            double[] ownerArea = new double[holes.size()];
            int[] seenBy = new int[holes.size()];  // per hole, the last shell that looked at it, plus one
            PointOnGeometryLocator[] locators = new PointOnGeometryLocator[shells.size()];
            int[] asked = new int[shells.size()];
            for (int i = 0; i < shells.size(); i++) {
                LinearRing s = shells.get(i);
                Envelope se = s.getEnvelopeInternal();
                if (!se.intersects(all)) continue;
                double area = Double.NaN;  // computed for the first candidate hole only
                int c0 = grid.column(se.getMinX()), c1 = grid.column(se.getMaxX());
                int r0 = grid.row(se.getMinY()), r1 = grid.row(se.getMaxY());
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        int cell = grid.index(c, r);
                        for (int j = cells.start()[cell]; j < cells.start()[cell + 1]; j++) {
                            int k = cells.items()[j];
                            if (seenBy[k] == i + 1) continue;
                            seenBy[k] = i + 1;
                            if (!se.covers(holeEnvelopes[k])) continue;
                            if (Double.isNaN(area)) area = Math.abs(Area.ofRingSigned(s.getCoordinates()));
                            if (owner[k] >= 0 && area >= ownerArea[k]) continue;
                            if (inside(holes.get(k), s, locators, ++asked[i] > INDEXED_AFTER, i)) {
                                owner[k] = i;
                                ownerArea[k] = area;
                            }
                        }
                    }
                }
            }
        }
        int[][] holesOf = byOwner(owner, shells.size());
        List<Polygon> out = new ArrayList<>(shells.size());
        for (int i = 0; i < shells.size(); i++) {
            LinearRing[] rings = holesOf[i].length == 0 ? NO_RINGS : new LinearRing[holesOf[i].length];
            for (int j = 0; j < rings.length; j++) rings[j] = holes.get(holesOf[i][j]);
            out.add(Geometries.FACTORY.createPolygon(shells.get(i), rings));
        }
        return out;
    }

    /**
     * Per shell 0 to {@code shells - 1}, the holes it owns ({@code owner[k]}: hole k's shell, or -1), in the holes'
     * order; one shared empty array for a shell without (nearly all of them).
     */
    private static int[][] byOwner(int[] owner, int shells) {
        int[] count = new int[shells];
        for (int o : owner) if (o >= 0) count[o]++;
        int[][] out = new int[shells][];
        for (int i = 0; i < shells; i++) out[i] = count[i] == 0 ? NO_HOLES : new int[count[i]];
        Arrays.fill(count, 0);
        for (int k = 0; k < owner.length; k++) if (owner[k] >= 0) out[owner[k]][count[owner[k]]++] = k;
        return out;
    }

    /** Shells of more vertices than this, asked about more holes than {@link #INDEXED_AFTER}, are indexed. */
    private static final int INDEXED_FROM = 64;
    private static final int INDEXED_AFTER = 4;

    /**
     * Whether a hole lies inside shell {@code i}: judged at its first vertex not on the shell (it may touch at one).
     * A large shell asked about many holes is indexed ({@code index}, kept in {@code locators}): a zone's outline
     * with many holes was otherwise scanned whole for each of them, a large part of a scale-100 snapshot's dissolving.
     */
    private static boolean inside(LinearRing hole, LinearRing shell, PointOnGeometryLocator[] locators, boolean index,
                                  int i) {
        Coordinate[] ring = shell.getCoordinates();
        if (ring.length <= INDEXED_FROM || !index) {
            for (Coordinate c : hole.getCoordinates()) {
                if (!PointLocation.isOnLine(c, ring)) return PointLocation.isInRing(c, ring);
            }
            return false;
        }
        if (locators[i] == null) locators[i] = new IndexedPointInAreaLocator(Geometries.FACTORY.createPolygon(shell));
        for (Coordinate c : hole.getCoordinates()) {
            int at = locators[i].locate(c);
            if (at != Location.BOUNDARY) return at == Location.INTERIOR;
        }
        return false;
    }
}
