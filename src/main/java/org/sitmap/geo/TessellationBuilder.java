package org.sitmap.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.sitmap.domain.Locality;

/**
 * Cuts the mapped area into faces decided by the {@link DecidingRule}.
 *
 * <p>Method: in the equal-area plane, gather every line along which the decision can change (the Voronoi cells of
 * the settlements cut at the no-data distance, the Voronoi cells of the sites cut at their radius, the population
 * cores, the mapped area's boundary), node them all together snap-rounded to a 1 m grid, polygonize, and ask the
 * rule about an interior point of each face. One noding of all the lines is what makes the faces an exact coverage:
 * clipping cells one by one would give neighbours edges that differ in the last bits. Thread-safe.
 */
final class TessellationBuilder {
    /** The grid all face vertices are snapped to: 1 m. */
    static final PrecisionModel GRID = new PrecisionModel(1.0);
    private static final int QUADRANT_SEGMENTS = 16;

    private final ZoneOptions options;
    private final EqualAreaProjection projection;
    private final Geometry mappedPlane;
    private final PreparedGeometry mappedPrepared;
    private final Envelope mappedEnvelope;

    TessellationBuilder(ZoneOptions options, EqualAreaProjection projection) {
        this.options = options;
        this.projection = projection;
        this.mappedPlane = GeometryPrecisionReducer.reduce(projection.toPlane(options.mappedArea()), GRID);
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

        List<Geometry> lines = new ArrayList<>();
        lines.add(mappedPlane.getBoundary());
        Envelope clip = new Envelope(mappedEnvelope);
        clip.expandBy(2 * noDataM);
        List<DecidingRule.Seat> settlements = seats.stream().filter(s -> !s.site()).toList();
        for (Cell c : cells(settlements, clip)) {
            lines.add(cut(c.polygon, c.seat, noDataM).getBoundary());
        }
        if (seats.stream().anyMatch(DecidingRule.Seat::site)) {
            for (Cell c : cells(seats, clip)) {
                if (c.seat.site()) lines.add(cut(c.polygon, c.seat, c.seat.radiusM()).getBoundary());
            }
        }
        for (DecidingRule.Seat s : settlements) {
            if (s.coreM() > 0 && near(s, s.coreM())) lines.add(disk(s, s.coreM()).getBoundary());
        }
        Geometry noded = UnaryUnionNG.union(Geometries.FACTORY.buildGeometry(lines), GRID);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);

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

    private record Cell(Polygon polygon, DecidingRule.Seat seat) {
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

    /** The part of a cell within {@code radius} of its seat. */
    private Geometry cut(Polygon cell, DecidingRule.Seat s, double radius) {
        double far = 0;
        for (Coordinate c : cell.getExteriorRing().getCoordinates()) far = Math.max(far, s.distance(c.x, c.y));
        if (far <= radius) return cell;
        return OverlayNGRobust.overlay(cell, disk(s, radius), OverlayNG.INTERSECTION);
    }

    private boolean near(DecidingRule.Seat s, double radius) {
        Envelope e = new Envelope(s.x(), s.x(), s.y(), s.y());
        e.expandBy(radius);
        return e.intersects(mappedEnvelope);
    }

    private static Geometry disk(DecidingRule.Seat s, double radius) {
        return Geometries.FACTORY.createPoint(new Coordinate(s.x(), s.y())).buffer(radius, QUADRANT_SEGMENTS);
    }
}
