package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;

class CoverageBoundaryNoderTest {
    private static final WKTReader WKT = new WKTReader(Geometries.FACTORY);

    /** Unit squares of a grid, by their lower-left corners (x, y). */
    private static List<Polygon> squares(int... xy) throws ParseException {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            int x = xy[i], y = xy[i + 1];
            out.add((Polygon) WKT.read(String.format("POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))",
                    x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y)));
        }
        return out;
    }

    private static void checkEqualsGeneralUnion(List<Polygon> faces, int parts, int holes) {
        Geometry union = FaceDissolver.union(faces);
        assertTrue(IsValidOp.isValid(union), () -> new IsValidOp(union).getValidationError().toString());
        assertTrue(union.equalsTopo(OverlayNGRobust.union(Geometries.FACTORY.createMultiPolygon(faces.toArray(Polygon[]::new)))));
        assertEquals(parts, union.getNumGeometries());
        int n = 0;
        for (int i = 0; i < union.getNumGeometries(); i++) n += ((Polygon) union.getGeometryN(i)).getNumInteriorRing();
        assertEquals(holes, n);
        assertEquals(false, FaceDissolver.hasSelfTouchingRing(union));
    }

    @Test
    void union_holeTouchingTheShellAtAVertex_isAShellWithAHole() throws ParseException {
        // a 3×3 block without its centre and its top-right square: the hole meets the notch at (2 2)
        checkEqualsGeneralUnion(squares(0, 0, 1, 0, 2, 0, 0, 1, 2, 1, 0, 2, 1, 2), 1, 1);
    }

    @Test
    void union_squaresMeetingAtACorner_isTwoPolygons() throws ParseException {
        checkEqualsGeneralUnion(squares(0, 0, 1, 1), 2, 0);
    }

    @Test
    void union_aRingOfSquares_isAShellWithAHole() throws ParseException {
        checkEqualsGeneralUnion(squares(0, 0, 1, 0, 2, 0, 0, 1, 2, 1, 0, 2, 1, 2, 2, 2), 1, 1);
    }
}
