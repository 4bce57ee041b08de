package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Triangle;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

class VoronoiCellsTest {
    /**
     * Clustered sites in the plane's metres, as the zone engine feeds them: each cell has JTS's vertices in JTS's
     * order, each vertex within a micrometre of JTS's double-double centre.
     */
    @Test
    void cells_matchJtsCells_vertexForVertex() {
        Random r = new Random(7);
        Set<Coordinate> sites = new LinkedHashSet<>();
        for (int cluster = 0; cluster < 20; cluster++) {
            double cx = -300_000 + r.nextDouble() * 600_000, cy = -200_000 + r.nextDouble() * 400_000;
            for (int i = 0; i < 60; i++) sites.add(new Coordinate(cx + r.nextGaussian() * 8_000, cy + r.nextGaussian() * 8_000));
        }
        for (int i = 0; i < 3; i++) sites.add(new Coordinate(1000 * i, 50_000));  // collinear sites too
        Envelope clip = new Envelope(-350_000, 350_000, -250_000, 250_000);

        VoronoiDiagramBuilder jts = new VoronoiDiagramBuilder();
        jts.setSites(sites);
        jts.setClipEnvelope(clip);
        Map<Coordinate, Polygon> expected = new HashMap<>();
        for (Object o : jts.getSubdivision().getVoronoiCellPolygons(Geometries.FACTORY)) {
            Polygon p = (Polygon) o;
            expected.put((Coordinate) p.getUserData(), p);
        }

        List<Polygon> cells = VoronoiCells.of(sites, clip);
        assertEquals(expected.size(), cells.size());
        for (Polygon cell : cells) {
            Polygon want = expected.get((Coordinate) cell.getUserData());
            Coordinate[] got = cell.getCoordinates(), w = want.getCoordinates();
            assertEquals(w.length, got.length, "vertices of the cell of " + cell.getUserData());
            for (int i = 0; i < w.length; i++) {
                assertTrue(got[i].distance(w[i]) < 1e-6 * Math.max(1, w[i].distance(new Coordinate())),
                        "vertex " + i + " of the cell of " + cell.getUserData() + ": " + got[i] + " against " + w[i]);
            }
        }
    }

    /** The cells of a few wanted sites, in the triangulation of all: exactly those cells of the whole diagram. */
    @Test
    void wantedCells_areTheWholeDiagramsCells_toTheLastBit() {
        Random r = new Random(11);
        Set<Coordinate> sites = new LinkedHashSet<>();
        for (int i = 0; i < 2_000; i++) sites.add(new Coordinate(r.nextGaussian() * 60_000, r.nextGaussian() * 40_000));
        Envelope clip = new Envelope(-300_000, 300_000, -200_000, 200_000);
        Map<Coordinate, Polygon> all = new HashMap<>();
        for (Polygon cell : VoronoiCells.of(sites, clip)) all.put((Coordinate) cell.getUserData(), cell);

        List<Polygon> wanted = VoronoiCells.of(sites, clip, p -> Math.floorMod((long) p.x, 10) == 0);
        long expected = sites.stream().filter(p -> Math.floorMod((long) p.x, 10) == 0).count();
        assertTrue(expected > 100, "a tenth of the sites or so: " + expected);
        assertEquals(expected, wanted.size());
        for (Polygon cell : wanted) {
            assertTrue(cell.equalsExact(all.get((Coordinate) cell.getUserData())), "the cell of " + cell.getUserData());
        }
    }

    @Test
    void circumcentre_ofAWellShapedTriangle_isTheDoubleOne() {
        Coordinate a = new Coordinate(1000.5, 20.25), b = new Coordinate(4000.125, 310), c = new Coordinate(2500, 5000.75);
        assertEquals(Triangle.circumcentre(a, b, c), VoronoiCells.circumcentre(a, b, c));
    }

    /** The three edges of a triangle may ask first: the centre is the same to the last bit whichever does. */
    @Test
    void circumcentre_doesNotDependOnWhichVertexComesFirst() {
        Random r = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            Coordinate a = new Coordinate(r.nextDouble() * 4e5, r.nextDouble() * 4e5);
            Coordinate b = new Coordinate(a.x + r.nextGaussian() * 5e3, a.y + r.nextGaussian() * 5e3);
            Coordinate c = new Coordinate(a.x + r.nextGaussian() * 5e3, a.y + r.nextGaussian() * 5e3);
            Coordinate centre = VoronoiCells.circumcentre(a, b, c);
            assertEquals(centre, VoronoiCells.circumcentre(b, c, a));
            assertEquals(centre, VoronoiCells.circumcentre(c, a, b));
        }
    }

    /** Nearly collinear: the double determinant loses most of its digits, so the double-double centre is used. */
    @Test
    void circumcentre_ofANearlyFlatTriangle_isTheDoubleDoubleOne() {
        Coordinate a = new Coordinate(0.1, 0.1), b = new Coordinate(1e5 + 0.3, 1e5 + 0.3), c = new Coordinate(2e5 + 0.7, 2e5 + 0.7 + 1e-6);
        Coordinate dd = Triangle.circumcentreDD(a, b, c);
        assertEquals(dd, VoronoiCells.circumcentre(a, b, c));
        assertNotEquals(dd, Triangle.circumcentre(a, b, c), "the double centre differs here, or the test shows nothing");
    }
}
