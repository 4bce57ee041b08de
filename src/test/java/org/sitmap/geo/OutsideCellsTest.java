package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class OutsideCellsTest {
    private static OutsideCells cellsOf(Geometry area) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (Object o : org.locationtech.jts.geom.util.LinearComponentExtracter.getLines(area)) {
            rings.add(((LineString) o).getCoordinates());
        }
        return new OutsideCells(rings);
    }

    /** Random segments over and around the area: those called outside miss it; all clear of it are called so. */
    @Test
    void aSegmentCalledOutside_missesTheArea_andEveryOneClearOfItIsCalledSo() {
        Geometry area = MappedArea.northernSyria();
        OutsideCells cells = cellsOf(area);
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        Envelope around = area.getEnvelopeInternal();
        around.expandBy(1);
        Random r = new Random(7);
        int far = 0, farCalledOutside = 0, calledOutside = 0;
        for (int i = 0; i < 20_000; i++) {
            Coordinate a = new Coordinate(around.getMinX() + r.nextDouble() * around.getWidth(),
                    around.getMinY() + r.nextDouble() * around.getHeight());
            double len = r.nextDouble() < 0.5 ? 0.02 : 0.2;  // a Voronoi edge or a circle's chord, in degrees
            Coordinate b = new Coordinate(a.x + (r.nextDouble() - 0.5) * len, a.y + (r.nextDouble() - 0.5) * len);
            LineString segment = Geometries.FACTORY.createLineString(new Coordinate[] {a, b});
            boolean out = cells.outside(a.x, a.y, b.x, b.y);
            if (out) {
                calledOutside++;
                assertFalse(prepared.intersects(segment), () -> segment + " meets the area");
            }
            // Cells a segment's envelope touches lie within a cell of it, and the border's cells within a cell of the
            // border: an envelope three cells clear of the area touches only cells wholly outside.
            Geometry box = Geometries.FACTORY.toGeometry(segment.getEnvelopeInternal());
            if (box.distance(area) > 3 * OutsideCells.CELL_DEG) {
                far++;
                if (out) farCalledOutside++;
            }
        }
        assertTrue(calledOutside > 1000, "some segments are left out: " + calledOutside);
        assertEquals(far, farCalledOutside, "every segment well clear of the area is left out");
    }

    @Test
    void aLake_isOutside_andBeyondTheGridIsOutside() throws ParseException {
        Geometry area = new WKTReader(Geometries.FACTORY).read(
                "POLYGON ((36 36, 38 36, 38 37, 36 37, 36 36), (36.5 36.2, 37 36.2, 37 36.8, 36.5 36.8, 36.5 36.2))");
        OutsideCells cells = cellsOf(area);
        assertTrue(cells.outside(36.7, 36.4, 36.8, 36.6), "in the lake");
        assertFalse(cells.outside(37.5, 36.4, 37.6, 36.6), "on land");
        assertFalse(cells.outside(36.7, 36.4, 37.6, 36.6), "from the lake to land");
        assertTrue(cells.outside(40, 40, 41, 41), "beyond the grid");
        assertTrue(cells.outside(30, 36.5, 35.9, 36.5), "from beyond the grid to near");
        assertFalse(cells.outside(30, 36.5, 45, 36.5), "across the area");
        assertFalse(cells.outside(36, 36.5, 35.5, 36.5), "from its edge outwards");
    }

    @Test
    void aLine_isCutIntoTheRunsOfSegmentsNotOutside_keepingItsVertices() throws ParseException {
        Geometry area = Geometries.FACTORY.toGeometry(new Envelope(36, 38, 36, 37));
        OutsideCells cells = cellsOf(area);
        Coordinate[] line = {
                new Coordinate(34, 36.5), new Coordinate(35, 36.5),  // outside
                new Coordinate(35.9, 36.5), new Coordinate(37, 36.5), new Coordinate(38.3, 36.5),  // in and across
                new Coordinate(39, 36.5), new Coordinate(40, 36.5),  // outside
                new Coordinate(40, 36.6), new Coordinate(37, 36.6)};  // back in
        List<Coordinate[]> runs = new ArrayList<>();
        cells.addRunsNotOutside(packed(line), runs::add);
        assertEquals(2, runs.size());
        assertArrayEquals(new Coordinate[] {line[2], line[3], line[4]}, runs.get(0));
        assertArrayEquals(new Coordinate[] {line[7], line[8]}, runs.get(1));

        Coordinate[] inside = {new Coordinate(36.5, 36.5), new Coordinate(37.5, 36.5)};
        List<Coordinate[]> whole = new ArrayList<>();
        cells.addRunsNotOutside(packed(inside), whole::add);
        assertEquals(1, whole.size());
        assertArrayEquals(inside, whole.get(0), "a line inside is kept whole");
    }

    private static double[] packed(Coordinate[] line) {
        double[] xy = new double[2 * line.length];
        for (int i = 0; i < line.length; i++) {
            xy[2 * i] = line[i].x;
            xy[2 * i + 1] = line[i].y;
        }
        return xy;
    }

    /** Points called surely inside lie in the area's interior; every point well inside it is called so. */
    @Test
    void aPointCalledSurelyInside_isInTheInterior_andEveryOneDeepInsideIsCalledSo() {
        Geometry area = MappedArea.northernSyria();
        OutsideCells cells = cellsOf(area);
        org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator locator =
                new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(area);
        Geometry border = area.getBoundary();
        Envelope around = area.getEnvelopeInternal();
        around.expandBy(1);
        Random r = new Random(13);
        int deep = 0, deepCalledInside = 0, calledInside = 0;
        for (int i = 0; i < 20_000; i++) {
            Coordinate p = new Coordinate(around.getMinX() + r.nextDouble() * around.getWidth(),
                    around.getMinY() + r.nextDouble() * around.getHeight());
            boolean in = cells.surelyInside(p);
            int at = locator.locate(p);
            if (in) {
                calledInside++;
                assertEquals(org.locationtech.jts.geom.Location.INTERIOR, at, p::toString);
            }
            if (at == org.locationtech.jts.geom.Location.INTERIOR
                    && border.distance(Geometries.FACTORY.createPoint(p)) > 3 * OutsideCells.CELL_DEG) {
                deep++;
                if (in) deepCalledInside++;
            }
        }
        assertTrue(calledInside > 5_000, "most points inside are called so: " + calledInside);
        assertEquals(deep, deepCalledInside, "every point well inside the area is called surely inside");
    }
}
