package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Unions traced in the faces' graph equal JTS's general union of the same faces. */
class FaceGraphTest {
    /** The faces of some lines (noded here) and their graph. */
    private record Cut(List<Polygon> faces, FaceGraph graph) {
    }

    private static Cut cut(List<Coordinate[]> lines) {
        FaceBuilder b = new FaceBuilder(SegmentNoder.node(lines));
        List<Polygon> faces = b.faces();
        return new Cut(faces, b.graph());
    }

    private static Cut cut(String multiLineWkt) {
        try {
            Geometry g = new WKTReader(Geometries.FACTORY).read(multiLineWkt);
            List<Coordinate[]> lines = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) lines.add(g.getGeometryN(i).getCoordinates());
            return cut(lines);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The grid's unit squares whose lower-left corners are given, as x, y pairs. */
    private static BitSet squares(Cut c, int... corners) {
        BitSet set = new BitSet();
        for (int f = 0; f < c.faces().size(); f++) {
            Coordinate p = c.faces().get(f).getInteriorPoint().getCoordinate();
            for (int i = 0; i < corners.length; i += 2) {
                if ((int) Math.floor(p.x) == corners[i] && (int) Math.floor(p.y) == corners[i + 1]) set.set(f);
            }
        }
        assertEquals(corners.length / 2, set.cardinality());
        return set;
    }

    /** Every square of the grid but those given. */
    private static BitSet allSquaresBut(Cut c, int... corners) {
        BitSet set = new BitSet();
        set.set(0, c.faces().size());
        set.andNot(squares(c, corners));
        return set;
    }

    private static void assertSameAsOverlay(Cut c, BitSet set) {
        List<Polygon> picked = new ArrayList<>();
        for (int f = set.nextSetBit(0); f >= 0; f = set.nextSetBit(f + 1)) picked.add(c.faces().get(f));
        Geometry expected = OverlayNGRobust.union(Geometries.FACTORY.createMultiPolygon(picked.toArray(Polygon[]::new)));
        Geometry actual = c.graph().union(set).orElseThrow();
        assertTrue(IsValidOp.isValid(actual), () -> new IsValidOp(actual).getValidationError() + " in " + actual);
        assertEquals(expected.getNumGeometries(), actual.getNumGeometries(), () -> "parts of " + actual);
        assertEquals(holes(expected), holes(actual), () -> "holes of " + actual);
        assertEquals(expected.getArea(), actual.getArea(), 1e-9 * Math.max(1, expected.getArea()));
        double symDiff = OverlayNGRobust.overlay(expected, actual, OverlayNG.SYMDIFFERENCE).getArea();
        assertTrue(symDiff <= 1e-12 * Math.max(1, expected.getArea()), "differs by " + symDiff);
        for (int i = 0; i < actual.getNumGeometries(); i++) {
            Polygon p = (Polygon) actual.getGeometryN(i);
            assertTrue(!Orientation.isCCW(p.getExteriorRing().getCoordinates()), "shells clockwise, as JTS's overlay");
            for (int h = 0; h < p.getNumInteriorRing(); h++) assertTrue(Orientation.isCCW(p.getInteriorRingN(h).getCoordinates()));
        }
    }

    private static int holes(Geometry g) {
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) n += ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
        return n;
    }

    /** A 3×3 grid of unit squares. */
    private static final String GRID = "MULTILINESTRING ((0 0, 3 0), (0 1, 3 1), (0 2, 3 2), (0 3, 3 3), "
            + "(0 0, 0 3), (1 0, 1 3), (2 0, 2 3), (3 0, 3 3))";

    @Test
    void aRingOfFaces_isOnePolygonWithAHole() {
        Cut c = cut(GRID);
        BitSet ring = allSquaresBut(c, 1, 1);
        assertSameAsOverlay(c, ring);
        assertEquals(1, ((Polygon) c.graph().union(ring).orElseThrow()).getNumInteriorRing());
    }

    @Test
    void facesTouchingAtACorner_areTwoParts() {
        Cut c = cut(GRID);
        assertSameAsOverlay(c, squares(c, 0, 0, 1, 1));
        assertEquals(2, c.graph().union(squares(c, 0, 0, 1, 1)).orElseThrow().getNumGeometries());
    }

    @Test
    void aHoleTouchingTheOutlineAtOnePoint_staysAHole() {
        // The centre square is missing, and so is the corner square that meets it at (2, 2): the outline passes that
        // point twice, once round the notch and once round the hole.
        Cut c = cut(GRID);
        assertSameAsOverlay(c, allSquaresBut(c, 1, 1, 2, 2));
    }

    @Test
    void aCheckerboard_isSeparatePartsTouchingAtCorners() {
        Cut c = cut(GRID);
        assertSameAsOverlay(c, squares(c, 0, 0, 2, 0, 1, 1, 0, 2, 2, 2));
        assertSameAsOverlay(c, squares(c, 1, 0, 0, 1, 2, 1, 1, 2));
    }

    @Test
    void anIslandInAHole_isASecondPart() {
        Cut c = cut("MULTILINESTRING ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2), (4 4, 6 4, 6 6, 4 6, 4 4))");
        BitSet outerAndIsland = new BitSet();
        for (int f = 0; f < c.faces().size(); f++) {
            double a = c.faces().get(f).getArea();
            if (a == 64 || a == 4) outerAndIsland.set(f);  // the frame (100 - 36) and the island, not the moat
        }
        assertEquals(2, outerAndIsland.cardinality());
        assertSameAsOverlay(c, outerAndIsland);
    }

    @Test
    void noFaces_isEmpty() {
        assertTrue(cut(GRID).graph().union(new BitSet()).orElseThrow().isEmpty());
    }

    /** Random segments cut into many faces of all shapes; random halves of them. */
    @Property(tries = 40)
    void randomFacesAndSubsets_equalTheOverlay(@ForAll long seed) {
        Random r = new Random(seed);
        List<Coordinate[]> lines = new ArrayList<>();
        lines.add(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0), new Coordinate(10, 10),
                new Coordinate(0, 10), new Coordinate(0, 0)});
        for (int i = 0; i < 12; i++) {
            // Endpoints on a coarse grid, so lines often meet at shared points and faces touch at vertices.
            lines.add(new Coordinate[] {new Coordinate(r.nextInt(11), r.nextInt(11)), new Coordinate(r.nextInt(11), r.nextInt(11))});
        }
        Cut c = cut(lines);
        for (int k = 0; k < 5; k++) {
            BitSet set = new BitSet();
            for (int f = 0; f < c.faces().size(); f++) if (r.nextBoolean()) set.set(f);
            if (set.isEmpty()) continue;  // JTS's union of nothing is an empty Polygon, this an empty MultiPolygon
            assertSameAsOverlay(c, set);
        }
    }
}
