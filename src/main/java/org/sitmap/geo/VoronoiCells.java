package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Triangle;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;

/**
 * The raw (unclipped) Voronoi cells of distinct sites, each with its site's coordinate as user data, as JTS's
 * {@code QuadEdgeSubdivision.getVoronoiCellPolygons} makes them, except for the Delaunay triangles' circumcentres (the
 * cells' vertices): computed only for the triangles around real sites, when a cell first needs them, and in plain
 * doubles where the triangle is well conditioned (JTS's double-double arithmetic only where it is not). JTS visits every
 * triangle, frame included, and its double-double centre allocated some twenty objects per triangle, a fifth of a large
 * tessellation's garbage; in the plane's metres a well-conditioned double centre is off by far less than the 0.1 mm
 * the noded lines are rounded to. A centre is shared by the cells around it, so neighbouring cells still share their
 * vertices exactly.
 */
final class VoronoiCells {
    /**
     * A triangle's centre is computed in doubles when its area's determinant exceeds this fraction of the sum of the
     * determinant's two products' magnitudes: the determinant's relative error, and so the centre's, then stays
     * under about 1e-16 / 1e-6 = 1e-10.
     */
    private static final double WELL_CONDITIONED = 1e-6;

    private VoronoiCells() {
    }

    /** The cells of the sites (distinct coordinates), the triangulation's frame fitted to {@code clip}. */
    static List<Polygon> of(Collection<Coordinate> sites, Envelope clip) {
        return of(sites, clip, site -> true);
    }

    /**
     * The cells of the sites {@code wanted}, in a triangulation of all the sites (a cell depends on its neighbours):
     * a cell's polygon and centres are made only when it is wanted, and come out as in {@link #of(Collection,
     * Envelope)}.
     */
    static List<Polygon> of(Collection<Coordinate> sites, Envelope clip, Predicate<Coordinate> wanted) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(clip);
        QuadEdgeSubdivision subdivision = builder.getSubdivision();
        Collection<?> edges = subdivision.getVertexUniqueEdges(false);
        List<Polygon> cells = new ArrayList<>(edges.size());
        for (Object e : edges) {
            QuadEdge start = (QuadEdge) e;
            if (wanted.test(start.orig().getCoordinate())) cells.add(cell(start));
        }
        return cells;
    }

    /** The cell around the origin of {@code start}: JTS's {@code getVoronoiCellPolygon}, with our centres. */
    private static Polygon cell(QuadEdge start) {
        CoordinateList ring = new CoordinateList();
        QuadEdge e = start;
        do {
            ring.add(centreLeftOf(e), false);
            e = e.oPrev();  // the next triangle clockwise around the site
        } while (e != start);
        ring.closeRing();
        if (ring.size() < 4) ring.add(ring.get(ring.size() - 1), true);
        Polygon cell = Geometries.FACTORY.createPolygon(ring.toCoordinateArray());
        cell.setUserData(start.orig().getCoordinate());
        return cell;
    }

    /**
     * The circumcentre of the triangle on the left of {@code e}, computed when first asked and kept as the data of the
     * triangle's three edges (each directed edge has one triangle on its left), so that every cell around the
     * triangle gets the same coordinate. Only the triangles around real sites are asked about: JTS's visit of every
     * triangle, frame included, was most of the cost of the cells.
     */
    private static Coordinate centreLeftOf(QuadEdge e) {
        Object known = e.getData();
        if (known != null) return (Coordinate) known;
        QuadEdge e1 = e.lNext(), e2 = e1.lNext();
        Coordinate centre = circumcentre(e.orig().getCoordinate(), e1.orig().getCoordinate(),
                e2.orig().getCoordinate());
        e.setData(centre);
        e1.setData(centre);
        e2.setData(centre);
        return centre;
    }

    /**
     * The circumcentre: {@link Triangle#circumcentre} when well conditioned, else {@link Triangle#circumcentreDD}. The
     * vertices are taken from the least (in {@link Coordinate} order) on, keeping their cyclic order, so the centre's
     * last bits do not depend on which edge of the triangle was asked first.
     */
    static Coordinate circumcentre(Coordinate p, Coordinate q, Coordinate r) {
        Coordinate a = p, b = q, c = r;
        if (q.compareTo(a) < 0 && q.compareTo(r) < 0) {
            a = q;
            b = r;
            c = p;
        } else if (r.compareTo(a) < 0 && r.compareTo(q) < 0) {
            a = r;
            b = p;
            c = q;
        }
        double ax = a.x - c.x, ay = a.y - c.y, bx = b.x - c.x, by = b.y - c.y;
        double det = ax * by - ay * bx;
        if (Math.abs(det) > WELL_CONDITIONED * (Math.abs(ax * by) + Math.abs(ay * bx))) {
            Coordinate centre = Triangle.circumcentre(a, b, c);
            if (Double.isFinite(centre.x) && Double.isFinite(centre.y)) return centre;
        }
        return Triangle.circumcentreDD(a, b, c);
    }
}
