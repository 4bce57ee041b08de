package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/** The package's one geometry factory and small helpers. */
public final class Geometries {
    /** Floating precision; SRID 0 (lon/lat or projected metres by context). */
    public static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /** The polygons of any geometry (dropping points and lines) as one polygonal geometry. */
    static Geometry polygonal(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Polygon> polys = new ArrayList<>(PolygonExtracter.getPolygons(g));
        polys.removeIf(Geometry::isEmpty);
        if (polys.size() == 1) return polys.get(0);
        return FACTORY.createMultiPolygon(polys.toArray(Polygon[]::new));
    }
}
