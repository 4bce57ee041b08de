package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.RingClipper;

/**
 * Every line of the projected plane along which the {@link DecidingRule}'s answer can change, each once: the Voronoi
 * edges between settlements (up to a little beyond the no-data distance), each settlement's no-data circle where it
 * crosses its own cell, the same for each site within its radius (in the Voronoi diagram of all localities), the
 * population cores that can change a decision. Circles are inscribed polygons whose
 * chords stray less than {@link #CHORD_ERROR_M} from the circle. Stateless after construction; thread-safe.
 */
final class DecisionLines {
    /** Largest distance between a circle and its polygon, metres. */
    static final double CHORD_ERROR_M = 30;
    /** Voronoi edges run this much beyond a circle, so that the circle's chords cross them. */
    private static final double EDGE_OVERSHOOT = 1.05;

    private final Envelope mappedEnvelope;

    /** Lines for the mapped area whose envelope in the plane is given (lines far outside it are left out). */
    DecisionLines(Envelope mappedEnvelope) {
        this.mappedEnvelope = new Envelope(mappedEnvelope);
    }

    /**
     * The lines for these seats, in the plane (not yet noded; the border is not included).
     * {@code parallel}: the two Voronoi diagrams (settlements, and all localities for the sites), each with its lines,
     * and the cores are drawn at once.
     */
    List<Line> gather(List<DecidingRule.Seat> seats, DecidingRule rule, double noDataM, boolean parallel) {
        Envelope clip = new Envelope(mappedEnvelope);
        clip.expandBy(2 * noDataM);
        List<DecidingRule.Seat> settlements = seats.stream().filter(s -> !s.site()).toList();
        boolean sites = seats.stream().anyMatch(DecidingRule.Seat::site);
        // A parallel stream rather than a future: the calling thread can do every part itself, whatever the pool does.
        // The parts are independent: the settlements' diagram and its lines, all localities' diagram and the sites'
        // lines, and the population cores (drawing the lines after both diagrams was a tenth of a large tessellation).
        IntStream kinds = IntStream.range(0, 3);
        List<List<Line>> parts = (parallel ? kinds.parallel() : kinds).mapToObj(k -> {
            List<Line> part = new ArrayList<>();
            if (k == 0) {
                addCells(cells(settlements, clip, null), s -> noDataM, SETTLEMENTS_DIAGRAM, part);
            } else if (k == 1 && sites) {
                addCells(cells(seats, clip, DecidingRule.Seat::site), DecidingRule.Seat::radiusM, ALL_PLACES_DIAGRAM,
                        part);
            } else if (k == 2) {
                for (DecidingRule.Seat s : settlements) {
                    if (rule.coreMatters(s) && near(s.x(), s.y(), s.coreM())) {
                        part.add(new Line(circle(s, s.coreM(), null), 0));
                    }
                }
            }
            return part;
        }).toList();
        List<Line> lines = new ArrayList<>();
        parts.forEach(lines::addAll);
        return lines;
    }

    /**
     * A line in the plane, x and y of vertex i at 2i and 2i + 1 (metres), with the Voronoi diagram it is an edge of:
     * lines of one diagram meet only at shared ends (0: not a Voronoi edge), so noding need not compare them with each
     * other. Numbers rather than coordinates: the lines are only taken to degrees, and the circles' vertices (a
     * coordinate each) were about a fifth of what drawing the lines allocated. Each line has its own array.
     */
    record Line(double[] xy, int diagram) {
    }

    /** {@link Line#diagram()} of the settlements' Voronoi edges and of those of all localities (for the sites). */
    static final int SETTLEMENTS_DIAGRAM = 1, ALL_PLACES_DIAGRAM = 2;

    private record Cell(Polygon polygon, DecidingRule.Seat seat) {
    }

    /**
     * Adds, for each cell, its edges up to a little beyond {@code radius} of its seat (a shared edge once, as far as
     * the larger of its two seats' radii reaches) and the chords of the seat's circle of that radius that cross the
     * cell.
     */
    private void addCells(List<Cell> cells, ToDoubleFunction<DecidingRule.Seat> radius, int diagram,
                          List<Line> lines) {
        Map<LineSegment, DecidingRule.Seat> reach = new LinkedHashMap<>();
        double[] circle = new double[128];  // each cell's circle in turn; only the chords kept are copied out
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
            if (beyond && near(s.x(), s.y(), r)) {
                circle = circle(s, r, circle);
                addChordsInside(circle, chords(r), ring, lines);
            }
        }
        for (Map.Entry<LineSegment, DecidingRule.Seat> e : reach.entrySet()) {
            double[] part = clipToDisk(e.getKey(), e.getValue(), radius.applyAsDouble(e.getValue()) * EDGE_OVERSHOOT);
            if (part != null && near(part)) lines.add(new Line(part, diagram));
        }
    }

    /** The part of a segment within {@code r} of the seat (x and y of its two ends), or null. */
    private static double[] clipToDisk(LineSegment seg, DecidingRule.Seat s, double r) {
        double dx = seg.p1.x - seg.p0.x, dy = seg.p1.y - seg.p0.y;
        double fx = seg.p0.x - s.x(), fy = seg.p0.y - s.y();
        double a = dx * dx + dy * dy, b = 2 * (fx * dx + fy * dy), c = fx * fx + fy * fy - r * r;
        double disc = b * b - 4 * a * c;
        if (a == 0 || disc <= 0) return null;
        double sq = Math.sqrt(disc);
        double t0 = Math.max(0, (-b - sq) / (2 * a)), t1 = Math.min(1, (-b + sq) / (2 * a));
        if (t0 >= t1) return null;
        return new double[] {
            t0 == 0 ? seg.p0.x : seg.p0.x + t0 * dx, t0 == 0 ? seg.p0.y : seg.p0.y + t0 * dy,
            t1 == 1 ? seg.p1.x : seg.p0.x + t1 * dx, t1 == 1 ? seg.p1.y : seg.p0.y + t1 * dy};
    }

    /**
     * Adds the runs of the closed circle's chords that meet the convex cell (whole chords, so they cross its edges).
     * {@code circle}: x and y of its n + 1 vertices as {@link #circle} draws them, the closing one included (numbers
     * after those do not count).
     */
    private static void addChordsInside(double[] circle, int n, Coordinate[] cell, List<Line> lines) {
        boolean[] hits = new boolean[n];
        for (int i = 0; i < n; i++) {
            hits[i] = segmentMeetsConvex(circle[2 * i], circle[2 * i + 1], circle[2 * i + 2], circle[2 * i + 3], cell);
        }
        // One more chord at each end of a run, so the run still crosses the cell's edges after projection to degrees
        // (which bends straight lines by metres).
        boolean[] meets = new boolean[n];
        boolean all = true;
        for (int i = 0; i < n; i++) {
            meets[i] = hits[i] || hits[(i + 1) % n] || hits[(i + n - 1) % n];
            all &= meets[i];
        }
        if (all) {
            lines.add(new Line(Arrays.copyOf(circle, 2 * (n + 1)), 0));
            return;
        }
        int start = 0;
        while (meets[start]) start++;  // a chord that does not meet: runs start after it
        for (int k = 1; k <= n; k++) {
            if (!meets[(start + k) % n]) continue;
            int m = 1;  // chords in this run, which may pass the circle's closing vertex
            while (k + m <= n && meets[(start + k + m) % n]) m++;
            double[] run = new double[2 * (m + 1)];
            for (int j = 0; j <= m; j++) {
                int v = (start + k + j) % n;
                run[2 * j] = circle[2 * v];
                run[2 * j + 1] = circle[2 * v + 1];
            }
            lines.add(new Line(run, 0));
            k += m;
        }
    }

    /** Cyrus–Beck: does segment ab meet the convex ring (either orientation)? */
    private static boolean segmentMeetsConvex(double ax, double ay, double bx, double by, Coordinate[] ring) {
        double area = 0;
        for (int i = 0; i + 1 < ring.length; i++) area += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
        double sign = area >= 0 ? 1 : -1;
        double t0 = 0, t1 = 1, dx = bx - ax, dy = by - ay;
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate p = ring[i], q = ring[i + 1];
            double ex = q.x - p.x, ey = q.y - p.y;
            // inside means left of the edge for a counter-clockwise ring
            double num = sign * (ex * (ay - p.y) - ey * (ax - p.x));
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

    /**
     * Voronoi cells of the seats that reach the mapped area, each with its seat (coincident seats share one), for the
     * seats {@code wanted} (null: every seat): all places' diagram is needed for the sites' cells alone (a tenth of the
     * places at scale).
     */
    private List<Cell> cells(List<DecidingRule.Seat> seats, Envelope clip, Predicate<DecidingRule.Seat> wanted) {
        if (seats.isEmpty()) return List.of();
        Map<Coordinate, DecidingRule.Seat> byPosition = new HashMap<>();
        for (DecidingRule.Seat s : seats) {
            byPosition.merge(new Coordinate(s.x(), s.y()), s, (a, b) -> a.radiusM() >= b.radiusM() ? a : b);
        }
        List<Cell> out = new ArrayList<>();
        if (byPosition.size() == 1) {
            DecidingRule.Seat s = byPosition.values().iterator().next();
            if (wanted != null && !wanted.test(s)) return out;
            Envelope env = new Envelope(clip);
            env.expandToInclude(s.x(), s.y());
            env.expandBy(1);
            out.add(new Cell((Polygon) Geometries.FACTORY.toGeometry(env), s));
            return out;
        }
        Predicate<Coordinate> at = wanted == null ? p -> true : p -> wantedAt(byPosition, p, wanted);
        for (Polygon raw : VoronoiCells.of(byPosition.keySet(), clip, at)) {
            Polygon cell = clipped(raw, clip);
            if (cell == null) continue;
            DecidingRule.Seat s = byPosition.get((Coordinate) cell.getUserData());
            if (s != null) out.add(new Cell(cell, s));
        }
        return out;
    }

    private static boolean wantedAt(Map<Coordinate, DecidingRule.Seat> byPosition, Coordinate p,
                                    Predicate<DecidingRule.Seat> wanted) {
        DecidingRule.Seat s = byPosition.get(p);
        return s != null && wanted.test(s);
    }

    /**
     * A raw Voronoi cell clipped to the envelope, or null when nothing of it is left or it misses the mapped area.
     * Cells are convex, so JTS's {@link RingClipper} (Sutherland–Hodgman against the envelope's four sides) does what
     * the overlay in {@code VoronoiDiagramBuilder.getDiagram} did, far faster.
     */
    private Polygon clipped(Polygon cell, Envelope clip) {
        Envelope env = cell.getEnvelopeInternal();
        if (!env.intersects(mappedEnvelope) || !clip.intersects(env)) return null;  // the clipped cell lies within env
        if (clip.contains(env)) return cell;
        Coordinate[] ring = new RingClipper(clip).clip(cell.getExteriorRing().getCoordinates());
        if (ring.length < 4) return null;
        Polygon part = Geometries.FACTORY.createPolygon(ring);
        if (part.getArea() == 0 || !part.getEnvelopeInternal().intersects(mappedEnvelope)) return null;
        part.setUserData(cell.getUserData());
        return part;
    }

    /** Whether the square of side 2 {@code radius} around (x, y) meets the mapped envelope (without an envelope each). */
    private boolean near(double x, double y, double radius) {
        return mappedEnvelope.getMinX() <= x + radius && mappedEnvelope.getMaxX() >= x - radius
                && mappedEnvelope.getMinY() <= y + radius && mappedEnvelope.getMaxY() >= y - radius;
    }

    /** Whether the envelope of the line's two ends meets the mapped envelope. */
    private boolean near(double[] line) {
        double x0 = line[0], y0 = line[1], x1 = line[line.length - 2], y1 = line[line.length - 1];
        return Math.min(x0, x1) <= mappedEnvelope.getMaxX() && Math.max(x0, x1) >= mappedEnvelope.getMinX()
                && Math.min(y0, y1) <= mappedEnvelope.getMaxY() && Math.max(y0, y1) >= mappedEnvelope.getMinY();
    }

    /**
     * A closed inscribed polygon of the seat's circle of {@link #chords} chords, counter-clockwise: x and y of vertex i
     * at 2i and 2i + 1, in {@code into} when it has room (else a new array, returned), the closing vertex equal to the
     * first.
     */
    private static double[] circle(DecidingRule.Seat s, double r, double[] into) {
        int n = chords(r);
        double[] xy = into != null && into.length >= 2 * (n + 1) ? into : new double[2 * (n + 1)];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            xy[2 * i] = s.x() + r * Math.cos(a);
            xy[2 * i + 1] = s.y() + r * Math.sin(a);
        }
        xy[2 * n] = xy[0];
        xy[2 * n + 1] = xy[1];
        return xy;
    }

    /**
     * How many chords a circle of radius r is drawn with. The half-angle a chord may span is
     * {@code acos(1 - CHORD_ERROR_M / r)}, taken as the arctangent of its sine and cosine: {@code Math.acos} costs some
     * 150 ns on the benchmark machine, ten times the arctangent, once for each of hundreds of circles a tessellation.
     */
    private static int chords(double r) {
        double cos = Math.max(-1, 1 - CHORD_ERROR_M / r);
        return Math.max(8, (int) Math.ceil(Math.PI / Math.atan2(Math.sqrt(1 - cos * cos), cos)));
    }
}
