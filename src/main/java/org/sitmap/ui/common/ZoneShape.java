package org.sitmap.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.geo.Zone;

/**
 * A zone ready to draw: its rings (shells and holes) as flat {@code lat, lon, lat, lon, ...} arrays, filled with the
 * even-odd rule. Built off the FX thread; immutable once built.
 *
 * @param zone  the zone drawn
 * @param rings rings in degrees; never modified after construction
 */
public record ZoneShape(Zone zone, List<double[]> rings) {
    public ZoneShape {
        rings = List.copyOf(rings);
    }

    /** Extracts the rings of a polygonal geometry; non-polygonal parts are ignored. */
    public static ZoneShape of(Zone zone) {
        return new ZoneShape(zone, rings(zone.geometry()));
    }

    /** The rings of a polygonal geometry as flat lat/lon arrays. */
    public static List<double[]> rings(Geometry g) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                out.add(flat(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) out.add(flat(p.getInteriorRingN(h)));
            }
        }
        return out;
    }

    private static double[] flat(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        double[] out = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            out[2 * i] = cs[i].y;
            out[2 * i + 1] = cs[i].x;
        }
        return out;
    }
}
