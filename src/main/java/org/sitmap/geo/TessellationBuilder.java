package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.domain.Locality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the mapped area into faces decided by the {@link DecidingRule}.
 *
 * <p>Method: in the equal-area plane, draw every line along which the decision can change ({@link DecisionLines});
 * take them to lon/lat with the border, node them all together ({@link SegmentNoder}), build the faces
 * ({@link FaceBuilder}), and ask the rule about an interior point of each face (back in the plane). One noding of all
 * the lines is what makes the faces an exact coverage (neighbours share identical vertices): clipping cells one by one
 * would give neighbours edges that differ in the last bits. Thread-safe.
 */
final class TessellationBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(TessellationBuilder.class);

    private final ZoneOptions options;
    private final EqualAreaProjection projection;
    private final PreparedMappedArea mapped;
    private final DecisionLines decisionLines;

    TessellationBuilder(ZoneOptions options, EqualAreaProjection projection) {
        this.options = options;
        this.projection = projection;
        this.mapped = PreparedMappedArea.of(options.mappedArea(), projection);
        this.decisionLines = new DecisionLines(mapped.planeEnvelope());
    }

    /** The faces for the given localities (those with a known state), on the calling thread. */
    Tessellation build(List<Locality> localities) {
        return build(localities, false);
    }

    /**
     * The faces for the given localities (those with a known state). {@code parallel}: for someone waiting (a
     * snapshot on screen), the independent parts (the two Voronoi diagrams, projecting the lines, noding, checking the
     * noding beside tracing the faces, deciding the faces) also run on the common pool; the faces are the same either
     * way.
     */
    Tessellation build(List<Locality> localities, boolean parallel) {
        long start = System.nanoTime();
        List<DecidingRule.Seat> seats = new ArrayList<>(localities.size());
        for (int i = 0; i < localities.size(); i++) {
            Locality l = localities.get(i);
            double[] xy = projection.toPlane(l.point().lon(), l.point().lat());
            seats.add(new DecidingRule.Seat(i, xy[0], xy[1], l.kind().isSite(), options.siteRadiusKm(l) * 1000,
                    options.coreRadiusKm(l) * 1000));
        }
        double noDataM = options.noDataKm() * 1000;
        DecidingRule rule = new DecidingRule(seats, noDataM);

        // Lines are drawn in the plane and taken to degrees vertex by vertex, then noded and cut into faces there:
        // faces built in the plane and projected afterwards can fold where a vertex lies within a few metres of a long
        // edge (a straight line in the plane is a curve in degrees).
        // What lies wholly outside the mapped area is left out: it could only cut faces that are thrown away.
        // Each line's numbers are taken to degrees in place: the lines are this build's own.
        List<DecisionLines.Line> inPlane = decisionLines.gather(seats, rule, noDataM, parallel);
        OutsideCells outside = mapped.outsideCells();
        List<Run> inDegrees = (parallel ? inPlane.parallelStream() : inPlane.stream())
                .<Run>mapMulti((l, out) -> {
                    projection.toLonLatInPlace(l.xy());
                    outside.addRunsNotOutside(l.xy(), run -> out.accept(new Run(run, l.diagram())));
                })
                .toList();
        List<Coordinate[]> lines = new ArrayList<>(mapped.border().size() + inDegrees.size());
        lines.addAll(mapped.border());
        int[] diagram = new int[lines.size() + inDegrees.size()];  // per line its Voronoi diagram; the border's: 0
        for (Run l : inDegrees) {
            diagram[lines.size()] = l.diagram();
            lines.add(l.points());
        }

        long gathered = System.nanoTime();
        // Built and decided while the noding is checked, on both cores as far as the check leaves one free.
        Function<NodedSegments, Cut> cut = segments -> cut(segments, rule, parallel);
        Cut c = parallel ? SegmentNoder.node(lines, diagram, cut) : cut.apply(SegmentNoder.node(lines, diagram));
        List<Tessellation.Face> faces = new ArrayList<>();
        int[] faceOf = new int[c.decided.length];  // per polygon, its face, or -1 when left out
        for (int i = 0; i < c.decided.length; i++) {
            faceOf[i] = c.decided[i] == null ? -1 : faces.size();
            if (c.decided[i] != null) faces.add(c.decided[i]);
        }
        Tessellation t = new Tessellation(localities, faces, c.builder.graph(faceOf));
        if (LOG.isDebugEnabled()) {
            long end = System.nanoTime();
            LOG.debug("tessellation of {} localities: {} lines, {} faces; ms: lines {}, noding {}, faces {}, deciding "
                            + "and waiting for the check {}", localities.size(), lines.size(), faces.size(),
                    (gathered - start) / 1_000_000, (c.started - gathered) / 1_000_000,
                    (c.built - c.started) / 1_000_000, (end - c.built) / 1_000_000);
        }
        return t;
    }

    /** A run of a {@link DecisionLines.Line} in degrees, with the line's Voronoi diagram. */
    private record Run(Coordinate[] points, int diagram) {
    }

    /**
     * The faces of noded segments, each decided (null where left out), with the builder that traced them and when it
     * started and finished (for the debug log).
     */
    private record Cut(FaceBuilder builder, Tessellation.Face[] decided, long started, long built) {
    }

    private Cut cut(NodedSegments segments, DecidingRule rule, boolean parallel) {
        long started = System.nanoTime();
        FaceBuilder builder = new FaceBuilder(segments);
        List<Polygon> polygons = builder.faces();
        long built = System.nanoTime();
        double[] xy = projection.toPlane(builder.nodes(), parallel);
        Tessellation.Face[] decided = new Tessellation.Face[polygons.size()];
        IntStream each = IntStream.range(0, polygons.size());
        (parallel ? each.parallel() : each).forEach(i -> decided[i] = face(builder, i, xy, rule));
        return new Cut(builder, decided, started, built);
    }

    /**
     * Face {@code f} of the builder with its area and deciding locality, or null when it lies outside the mapped area.
     * {@code nodeXY}: the builder's nodes projected, for the area.
     */
    private Tessellation.Face face(FaceBuilder builder, int f, double[] nodeXY, DecidingRule rule) {
        Polygon polygon = builder.faces().get(f);
        if (polygon.isEmpty() || degreeArea(polygon) == 0) return null;
        Coordinate inside = interiorPoint(polygon);
        if (mapped.locate(inside) != Location.INTERIOR) return null;
        double[] xy = new double[2];
        projection.toPlane(inside.x, inside.y, xy);
        return new Tessellation.Face(polygon, builder.areaM2(f, projection, nodeXY) / 1e6, rule.decide(xy[0], xy[1]));
    }

    /** {@link Polygon#getArea()}, summed over the rings' arrays (the polygon's own sum copies every vertex). */
    private static double degreeArea(Polygon polygon) {
        double area = Area.ofRing(polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            area -= Area.ofRing(polygon.getInteriorRingN(i).getCoordinates());
        }
        return area;
    }

    /**
     * How far from every edge of its face the outline's vertex mean must lie to decide the face, degrees (45 m or
     * more at these latitudes): farther than a circle's chords stray from the circle
     * ({@link DecisionLines#CHORD_ERROR_M}). A point nearer an edge may lie between a chord and its arc, where the
     * rule answers as on the far side of the chord, and would then decide the whole face wrongly.
     */
    static final double MEAN_CLEARANCE_DEG = 5e-4;

    /**
     * A point inside the face: the mean of its outline's vertices when that lies inside and clear of its edges (most
     * faces are convex pieces of Voronoi cells), else JTS's interior point, as {@link ScanLineInteriorPoint} computes
     * it. The mean costs two passes over the rings; the scan-line point sorts the crossings of a line with every ring.
     */
    static Coordinate interiorPoint(Polygon polygon) {
        Coordinate[] shell = polygon.getExteriorRing().getCoordinates();
        double x = 0, y = 0;
        for (int i = 0; i + 1 < shell.length; i++) {
            x += shell[i].x;
            y += shell[i].y;
        }
        Coordinate mean = new Coordinate(x / (shell.length - 1), y / (shell.length - 1));
        boolean inside = PointLocation.locateInRing(mean, shell) == Location.INTERIOR;
        for (int i = 0; inside && i < polygon.getNumInteriorRing(); i++) {
            inside = PointLocation.locateInRing(mean, polygon.getInteriorRingN(i).getCoordinates()) == Location.EXTERIOR;
        }
        return inside && clearOf(polygon.getExteriorRing().getCoordinates(), mean) && holesClearOf(polygon, mean)
                ? mean : ScanLineInteriorPoint.of(polygon);
    }

    private static boolean holesClearOf(Polygon polygon, Coordinate p) {
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            if (!clearOf(polygon.getInteriorRingN(i).getCoordinates(), p)) return false;
        }
        return true;
    }

    /**
     * Whether p lies at least {@link #MEAN_CLEARANCE_DEG} from every edge of the ring. Squared distances, as JTS's
     * {@code Distance.pointToSegment} measures them but without its square roots: each of those is a call to
     * {@code StrictMath.hypot} under the quick compiler, once for every edge of every face.
     */
    private static boolean clearOf(Coordinate[] ring, Coordinate p) {
        for (int i = 0; i + 1 < ring.length; i++) {
            if (squaredDistance(p, ring[i], ring[i + 1]) < MEAN_CLEARANCE_DEG * MEAN_CLEARANCE_DEG) return false;
        }
        return true;
    }

    /** The square of the distance from p to segment ab. */
    static double squaredDistance(Coordinate p, Coordinate a, Coordinate b) {
        double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        double r = len2 == 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
        if (r <= 0) return (p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y);
        if (r >= 1) return (p.x - b.x) * (p.x - b.x) + (p.y - b.y) * (p.y - b.y);
        double cross = (a.y - p.y) * dx - (a.x - p.x) * dy;
        return cross * cross / len2;
    }
}
