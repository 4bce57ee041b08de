package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.noding.FastNodingValidator;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.sitmap.domain.Locality;

/**
 * Cuts the mapped area into faces decided by the {@link DecidingRule}.
 *
 * <p>Method: in the equal-area plane, gather every line along which the decision can change, once each: the Voronoi
 * edges between settlements (up to a little beyond the no-data distance), the no-data circle of each settlement where
 * it crosses its own Voronoi cell, the same for each site within its radius (in the Voronoi diagram of all
 * localities), the population-core circles, and the mapped area's boundary. Node them all together, polygonize, and
 * ask the rule about an interior point of each face. One noding of all the lines is what makes the faces an exact
 * coverage (neighbours share identical vertices): clipping cells one by one would give neighbours edges that differ in
 * the last bits. Circles are inscribed polygons whose chords stray less than {@link #CHORD_ERROR_M} from the circle.
 * Thread-safe.
 */
final class TessellationBuilder {
    /** Largest distance between a circle and its polygon, metres. */
    static final double CHORD_ERROR_M = 30;
    /** Fallback grid when floating-point noding fails: 1 m. */
    static final PrecisionModel GRID = new PrecisionModel(1.0);
    /** Voronoi edges run this much beyond a circle, so that the circle's chords cross them. */
    private static final double EDGE_OVERSHOOT = 1.05;

    private final ZoneOptions options;
    private final EqualAreaProjection projection;
    private final Geometry mappedPlane;
    private final PreparedGeometry mappedPrepared;
    private final Envelope mappedEnvelope;

    TessellationBuilder(ZoneOptions options, EqualAreaProjection projection) {
        this.options = options;
        this.projection = projection;
        // Densified first: an edge straight in lon/lat (a 390 km stretch of the 34.6° N parallel) bows in the plane.
        this.mappedPlane = projection.toPlane(Densifier.densify(options.mappedArea(), EqualAreaProjection.MAX_EDGE_DEG));
        this.mappedPrepared = PreparedGeometryFactory.prepare(mappedPlane);
        this.mappedEnvelope = mappedPlane.getEnvelopeInternal();
    }

    /** The faces for the given localities (those with a known state). */
    Tessellation build(List<Locality> localities) {
        List<DecidingRule.Seat> seats = new ArrayList<>(localities.size());
        for (int i = 0; i < localities.size(); i++) {
            Locality l = localities.get(i);
            double[] xy = projection.toPlane(l.point().lon(), l.point().lat());
            seats.add(new DecidingRule.Seat(i, xy[0], xy[1], l.kind().isSite(), options.siteRadiusKm(l) * 1000,
                    options.coreRadiusKm(l) * 1000));
        }
        double noDataM = options.noDataKm() * 1000;
        DecidingRule rule = new DecidingRule(seats, noDataM);

        List<Coordinate[]> lines = new ArrayList<>();
        for (Object o : LinearComponentExtracter.getLines(mappedPlane)) lines.add(((LineString) o).getCoordinates());
        Envelope clip = new Envelope(mappedEnvelope);
        clip.expandBy(2 * noDataM);
        List<DecidingRule.Seat> settlements = seats.stream().filter(s -> !s.site()).toList();
        addCells(cells(settlements, clip), s -> noDataM, lines);
        if (seats.stream().anyMatch(DecidingRule.Seat::site)) {
            List<Cell> siteCells = cells(seats, clip).stream().filter(c -> c.seat.site()).toList();
            addCells(siteCells, DecidingRule.Seat::radiusM, lines);
        }
        for (DecidingRule.Seat s : settlements) {
            if (s.coreM() > 0 && near(s.x(), s.y(), s.coreM())) lines.add(circle(s, s.coreM()));
        }

        Polygonizer polygonizer = new Polygonizer();
        for (LineSegment seg : uniqueSegments(node(lines))) polygonizer.add(seg.toGeometry(Geometries.FACTORY));
        List<Tessellation.Face> faces = new ArrayList<>();
        for (Object o : polygonizer.getPolygons()) {
            Polygon face = (Polygon) o;
            if (face.isEmpty() || face.getArea() == 0) continue;
            Point inside = face.getInteriorPoint();
            if (!mappedPrepared.contains(inside)) continue;
            int decider = rule.decide(inside.getX(), inside.getY());
            faces.add(new Tessellation.Face((Polygon) projection.toLonLat(face), face.getArea() / 1e6, decider));
        }
        return new Tessellation(localities, faces);
    }

    /** Nodes the lines: floating point first, snap-rounded to the 1 m grid when that leaves crossings. */
    private static Collection<Coordinate[]> node(List<Coordinate[]> lines) {
        Collection<SegmentString> noded = node(lines, new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())));
        if (!new FastNodingValidator(noded).isValid()) noded = node(lines, new SnapRoundingNoder(GRID));
        List<Coordinate[]> out = new ArrayList<>(noded.size());
        for (SegmentString s : noded) out.add(s.getCoordinates());
        return out;
    }

    /**
     * The distinct segments of noded lines: lines that overlap (two equal circles, a circle along an edge) are noded
     * into identical segments, which the polygonizer must see once.
     */
    private static Set<LineSegment> uniqueSegments(Collection<Coordinate[]> noded) {
        Set<LineSegment> out = new java.util.LinkedHashSet<>();
        for (Coordinate[] line : noded) {
            for (int i = 0; i + 1 < line.length; i++) {
                if (line[i].equals2D(line[i + 1])) continue;
                LineSegment seg = new LineSegment(line[i], line[i + 1]);
                seg.normalize();
                out.add(seg);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Collection<SegmentString> node(List<Coordinate[]> lines, Noder noder) {
        List<SegmentString> in = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
        noder.computeNodes(in);
        return noder.getNodedSubstrings();
    }

    private record Cell(Polygon polygon, DecidingRule.Seat seat) {
    }

    /**
     * Adds, for each cell, its edges up to a little beyond {@code radius} of its seat (a shared edge once, as far as
     * the larger of its two seats' radii reaches) and the chords of the seat's circle of that radius that cross the
     * cell.
     */
    private void addCells(List<Cell> cells, java.util.function.ToDoubleFunction<DecidingRule.Seat> radius,
                          List<Coordinate[]> lines) {
        Map<LineSegment, DecidingRule.Seat> reach = new java.util.LinkedHashMap<>();
        for (Cell c : cells) {
            DecidingRule.Seat s = c.seat;
            double r = radius.applyAsDouble(s);
            Coordinate[] ring = c.polygon.getExteriorRing().getCoordinates();
            boolean beyond = false;
            for (int i = 0; i + 1 < ring.length; i++) {
                LineSegment seg = new LineSegment(ring[i], ring[i + 1]);
                seg.normalize();
                reach.merge(seg, s, (a, b) -> radius.applyAsDouble(a) >= radius.applyAsDouble(b) ? a : b);
                if (s.distance(ring[i].x, ring[i].y) > r) beyond = true;
            }
            if (beyond && near(s.x(), s.y(), r)) addChordsInside(circle(s, r), ring, lines);
        }
        for (Map.Entry<LineSegment, DecidingRule.Seat> e : reach.entrySet()) {
            Coordinate[] part = clipToDisk(e.getKey(), e.getValue(), radius.applyAsDouble(e.getValue()) * EDGE_OVERSHOOT);
            if (part != null && near(part)) lines.add(part);
        }
    }

    /** The part of a segment within {@code r} of the seat, or null. */
    private static Coordinate[] clipToDisk(LineSegment seg, DecidingRule.Seat s, double r) {
        double dx = seg.p1.x - seg.p0.x, dy = seg.p1.y - seg.p0.y;
        double fx = seg.p0.x - s.x(), fy = seg.p0.y - s.y();
        double a = dx * dx + dy * dy, b = 2 * (fx * dx + fy * dy), c = fx * fx + fy * fy - r * r;
        double disc = b * b - 4 * a * c;
        if (a == 0 || disc <= 0) return null;
        double sq = Math.sqrt(disc);
        double t0 = Math.max(0, (-b - sq) / (2 * a)), t1 = Math.min(1, (-b + sq) / (2 * a));
        if (t0 >= t1) return null;
        Coordinate p = t0 == 0 ? seg.p0 : new Coordinate(seg.p0.x + t0 * dx, seg.p0.y + t0 * dy);
        Coordinate q = t1 == 1 ? seg.p1 : new Coordinate(seg.p0.x + t1 * dx, seg.p0.y + t1 * dy);
        return new Coordinate[] {p, q};
    }

    /** Adds the runs of the closed circle's chords that meet the convex cell (whole chords, so they cross its edges). */
    private static void addChordsInside(Coordinate[] circle, Coordinate[] cell, List<Coordinate[]> lines) {
        int n = circle.length - 1;
        boolean[] meets = new boolean[n];
        boolean all = true;
        for (int i = 0; i < n; i++) {
            meets[i] = segmentMeetsConvex(circle[i], circle[i + 1], cell);
            all &= meets[i];
        }
        if (all) {
            lines.add(circle);
            return;
        }
        int start = 0;
        while (meets[start]) start++;  // a chord that does not meet: runs start after it
        List<Coordinate> run = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            int i = (start + k) % n;
            if (meets[i]) {
                if (run.isEmpty()) run.add(circle[i]);
                run.add(circle[i + 1]);
            } else if (!run.isEmpty()) {
                lines.add(run.toArray(Coordinate[]::new));
                run.clear();
            }
        }
        if (!run.isEmpty()) lines.add(run.toArray(Coordinate[]::new));
    }

    /** Cyrus–Beck: does segment ab meet the convex ring (either orientation)? */
    private static boolean segmentMeetsConvex(Coordinate a, Coordinate b, Coordinate[] ring) {
        double area = 0;
        for (int i = 0; i + 1 < ring.length; i++) area += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
        double sign = area >= 0 ? 1 : -1;
        double t0 = 0, t1 = 1, dx = b.x - a.x, dy = b.y - a.y;
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate p = ring[i], q = ring[i + 1];
            double ex = q.x - p.x, ey = q.y - p.y;
            // inside means left of the edge for a counter-clockwise ring
            double num = sign * (ex * (a.y - p.y) - ey * (a.x - p.x));
            double den = sign * (ex * dy - ey * dx);
            if (den == 0) {
                if (num < 0) return false;
            } else {
                double t = -num / den;
                if (den > 0) t0 = Math.max(t0, t);
                else t1 = Math.min(t1, t);
                if (t0 > t1) return false;
            }
        }
        return true;
    }

    /** Voronoi cells of the seats that reach the mapped area, each with its seat (coincident seats share one). */
    private List<Cell> cells(List<DecidingRule.Seat> seats, Envelope clip) {
        if (seats.isEmpty()) return List.of();
        Map<Coordinate, DecidingRule.Seat> byPosition = new HashMap<>();
        for (DecidingRule.Seat s : seats) {
            byPosition.merge(new Coordinate(s.x(), s.y()), s, (a, b) -> a.radiusM() >= b.radiusM() ? a : b);
        }
        List<Cell> out = new ArrayList<>();
        if (byPosition.size() == 1) {
            DecidingRule.Seat s = byPosition.values().iterator().next();
            Envelope env = new Envelope(clip);
            env.expandToInclude(s.x(), s.y());
            env.expandBy(1);
            out.add(new Cell((Polygon) Geometries.FACTORY.toGeometry(env), s));
            return out;
        }
        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        vb.setSites(byPosition.keySet());
        vb.setClipEnvelope(clip);
        Geometry diagram = vb.getDiagram(Geometries.FACTORY);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Polygon cell = (Polygon) diagram.getGeometryN(i);
            if (!cell.getEnvelopeInternal().intersects(mappedEnvelope)) continue;
            DecidingRule.Seat s = byPosition.get((Coordinate) cell.getUserData());
            if (s != null) out.add(new Cell(cell, s));
        }
        return out;
    }

    private boolean near(double x, double y, double radius) {
        Envelope e = new Envelope(x, x, y, y);
        e.expandBy(radius);
        return e.intersects(mappedEnvelope);
    }

    private boolean near(Coordinate[] line) {
        return new Envelope(line[0], line[line.length - 1]).intersects(mappedEnvelope);
    }

    /** A closed inscribed polygon of the seat's circle, counter-clockwise. */
    private static Coordinate[] circle(DecidingRule.Seat s, double r) {
        int n = Math.max(8, (int) Math.ceil(Math.PI / Math.acos(Math.max(-1, 1 - CHORD_ERROR_M / r))));
        Coordinate[] pts = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            pts[i] = new Coordinate(s.x() + r * Math.cos(a), s.y() + r * Math.sin(a));
        }
        pts[n] = pts[0];
        return pts;
    }
}
