package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Triangle;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;
import org.locationtech.jts.triangulate.quadedge.TriangleVisitor;

/**
 * The raw (unclipped) Voronoi cells of distinct sites, each with its site's coordinate as user data, as JTS's
 * {@code QuadEdgeSubdivision.getVoronoiCellPolygons} makes them, except for how a Delaunay triangle's circumcentre
 * (a cell vertex) is computed: in plain doubles where the triangle is well conditioned, in JTS's double-double
 * arithmetic only where it is not. The double-double centre allocated some twenty objects per triangle, a fifth of a
 * large tessellation's garbage; in the plane's metres a well-conditioned double centre is off by far less than the
 * 0.1 mm the noded lines are rounded to. A centre is shared by the cells around it either way, so neighbouring cells
 * still share their vertices exactly.
 */
final class VoronoiCells {
    /**
     * A triangle's centre is computed in doubles when its area's determinant exceeds this fraction of the sum of the
     * determinant's two products' magnitudes: the determinant's relative error, and so the centre's, then stays
     * under about 1e-16 / 1e-6 = 1e-10.
     */
    static final double WELL_CONDITIONED = 1e-6;

    private VoronoiCells() {
    }

    /** The cells of the sites (distinct coordinates), the triangulation's frame fitted to {@code clip}. */
    static List<Polygon> of(Collection<Coordinate> sites, Envelope clip) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(clip);
        QuadEdgeSubdivision subdivision = builder.getSubdivision();
        subdivision.visitTriangles(CIRCUMCENTRES, true);
        Collection<?> edges = subdivision.getVertexUniqueEdges(false);
        List<Polygon> cells = new ArrayList<>(edges.size());
        for (Object e : edges) cells.add(cell((QuadEdge) e));
        return cells;
    }

    /** The cell around the origin of {@code start}: JTS's {@code getVoronoiCellPolygon}, centres read from the data. */
    private static Polygon cell(QuadEdge start) {
        CoordinateList ring = new CoordinateList();
        QuadEdge e = start;
        do {
            ring.add((Coordinate) e.getData(), false);
            e = e.oPrev();  // the next triangle clockwise around the site
        } while (e != start);
        ring.closeRing();
        if (ring.size() < 4) ring.add(ring.get(ring.size() - 1), true);
        Polygon cell = Geometries.FACTORY.createPolygon(ring.toCoordinateArray());
        cell.setUserData(start.orig().getCoordinate());
        return cell;
    }

    /**
     * Stores each triangle's circumcentre as the data of its three edges (each directed edge has one triangle on its
     * left), where JTS stores it as the origin of their duals.
     */
    private static final TriangleVisitor CIRCUMCENTRES = triangle -> {
        Coordinate centre = circumcentre(triangle[0].orig().getCoordinate(), triangle[1].orig().getCoordinate(),
                triangle[2].orig().getCoordinate());
        for (QuadEdge e : triangle) e.setData(centre);
    };

    /** The circumcentre: {@link Triangle#circumcentre} when well conditioned, else {@link Triangle#circumcentreDD}. */
    static Coordinate circumcentre(Coordinate a, Coordinate b, Coordinate c) {
        double ax = a.x - c.x, ay = a.y - c.y, bx = b.x - c.x, by = b.y - c.y;
        double det = ax * by - ay * bx;
        if (Math.abs(det) > WELL_CONDITIONED * (Math.abs(ax * by) + Math.abs(ay * bx))) {
            Coordinate centre = Triangle.circumcentre(a, b, c);
            if (Double.isFinite(centre.x) && Double.isFinite(centre.y)) return centre;
        }
        return Triangle.circumcentreDD(a, b, c);
    }
}
