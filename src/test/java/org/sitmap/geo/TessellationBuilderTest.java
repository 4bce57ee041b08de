package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/** A tessellation built on both cores (for a snapshot someone waits for) is the one built on one, to the last bit. */
class TessellationBuilderTest {
    @Test
    void builtInParallel_equalsBuiltOnOneThread_shippedData() {
        Dataset shipped = new DatasetReader().read(DataFiles.embedded()).dataset();
        ControlTimeline timeline = new ControlTimeline(shipped);
        List<Instant> instants = timeline.changeInstants();
        TessellationBuilder builder = new TessellationBuilder(ZoneOptions.defaults(), EqualAreaProjection.NORTHERN_SYRIA);
        for (Instant at : List.of(instants.get(0), instants.get(instants.size() / 2), instants.get(instants.size() - 1))) {
            List<Locality> known = new ArrayList<>();
            for (Locality l : shipped.localities()) if (timeline.stateAt(l.id(), at).isPresent()) known.add(l);
            Tessellation one = builder.build(known, false), both = builder.build(known, true);
            assertEquals(one.faces().size(), both.faces().size(), "faces at " + at);
            for (int f = 0; f < one.faces().size(); f++) {
                Tessellation.Face a = one.faces().get(f), b = both.faces().get(f);
                assertTrue(a.lonLat().equalsExact(b.lonLat()), "face " + f + " at " + at);
                assertEquals(a.areaKm2(), b.areaKm2(), 0);
                assertEquals(a.decider(), b.decider());
            }
            BitSet all = new BitSet();
            all.set(0, one.faces().size());
            assertTrue(one.graph().union(all).orElseThrow().equalsExact(both.graph().union(all).orElseThrow()));
        }
    }

    /** The face's interior point: the vertices' mean when inside, else JTS's (a U shape; a ring around a hole). */
    @Test
    void interiorPoint_liesInsideTheFace_evenWhereTheVerticesMeanDoesNot() throws Exception {
        org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader(Geometries.FACTORY);
        for (String face : List.of("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))",
                "POLYGON ((0 0, 10 0, 10 10, 8 10, 8 1, 2 1, 2 10, 0 10, 0 0))",
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 7 3, 7 7, 3 7, 3 3))")) {
            org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) wkt.read(face);
            org.locationtech.jts.geom.Coordinate c = TessellationBuilder.interiorPoint(p);
            assertEquals(org.locationtech.jts.geom.Location.INTERIOR,
                    new org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator(p).locate(c), face + ": " + c);
        }
    }

    /**
     * A face around a circle's polygon (a hole) whose vertex mean lies just outside that polygon, within the sliver
     * between a chord and the true circle: the mean is not used, since the rule would answer there as inside the
     * circle. Far from every edge, the mean is used.
     */
    @Test
    void interiorPoint_isNotTheMean_whenTheMeanLiesNearAnEdge() throws Exception {
        org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader(Geometries.FACTORY);
        // shell mean (0.1, 0.1); the hole's edge x = 0.1002 passes 0.0002° (about 20 m) from it
        org.locationtech.jts.geom.Polygon near = (org.locationtech.jts.geom.Polygon) wkt.read(
                "POLYGON ((0 0, 0.2 0, 0.2 0.2, 0 0.2, 0 0), (0.1002 0.05, 0.15 0.05, 0.15 0.15, 0.1002 0.15, 0.1002 0.05))");
        org.locationtech.jts.geom.Coordinate c = TessellationBuilder.interiorPoint(near);
        assertTrue(c.distance(new org.locationtech.jts.geom.Coordinate(0.1, 0.1)) > 1e-9, "the mean was used: " + c);
        assertEquals(org.locationtech.jts.geom.Location.INTERIOR,
                new org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator(near).locate(c));
        org.locationtech.jts.geom.Polygon clear = (org.locationtech.jts.geom.Polygon) wkt.read(
                "POLYGON ((0 0, 0.2 0, 0.2 0.2, 0 0.2, 0 0), (0.11 0.05, 0.15 0.05, 0.15 0.15, 0.11 0.15, 0.11 0.05))");
        assertEquals(new org.locationtech.jts.geom.Coordinate(0.1, 0.1), TessellationBuilder.interiorPoint(clear));
    }

    /** The clearance test's squared distance is JTS's point-to-segment distance squared, degenerate segments too. */
    @Test
    void squaredDistance_isJtsPointToSegmentDistanceSquared() {
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            org.locationtech.jts.geom.Coordinate p = point(r), a = point(r), b = i % 50 == 0 ? a.copy() : point(r);
            double d = org.locationtech.jts.algorithm.Distance.pointToSegment(p, a, b);
            assertEquals(d * d, TessellationBuilder.squaredDistance(p, a, b), 1e-12 * Math.max(1, d * d),
                    p + " " + a + " " + b);
        }
    }

    private static org.locationtech.jts.geom.Coordinate point(java.util.Random r) {
        return new org.locationtech.jts.geom.Coordinate(35.7 + r.nextDouble() * 0.01, 34.6 + r.nextDouble() * 0.01);
    }
}
