package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class PreparedMappedAreaTest {
    private static final EqualAreaProjection EA = EqualAreaProjection.NORTHERN_SYRIA;

    @Test
    void enginesOnTheSameArea_shareOnePreparation_anotherAreaGetsItsOwn() {
        PreparedMappedArea first = PreparedMappedArea.of(MappedArea.northernSyria(), EA);
        assertSame(first, PreparedMappedArea.of(MappedArea.northernSyria(), EA), "an equal copy of the area");
        Geometry square = Geometries.FACTORY.toGeometry(new Envelope(37, 38, 36, 37));
        PreparedMappedArea other = PreparedMappedArea.of(square, EA);
        assertNotSame(first, other);
        assertEquals(1, other.border().size());
        assertEquals(EA.toPlane(Densifier.densify(square, EqualAreaProjection.MAX_EDGE_DEG)).getEnvelopeInternal(),
                other.planeEnvelope());
        assertNotSame(first, PreparedMappedArea.of(MappedArea.northernSyria(), EA), "the last one only is kept");
    }

    @Test
    void aChangedCopy_isNotTakenForTheArea() {
        Geometry area = Geometries.FACTORY.toGeometry(new Envelope(37, 38, 36, 37));
        PreparedMappedArea prepared = PreparedMappedArea.of(area, EA);
        area.apply((Coordinate c) -> c.x += 1);  // the caller's geometry moved after it was prepared
        area.geometryChanged();
        assertNotSame(prepared, PreparedMappedArea.of(area, EA));
        assertEquals(org.locationtech.jts.geom.Location.INTERIOR, prepared.locate(new Coordinate(37.5, 36.5)),
                "the preparation kept its own copy");
    }

    @Test
    void locate_agreesWithJtsLocatorOnTheArea_fromAnyThread() throws Exception {
        Geometry area = MappedArea.northernSyria();
        PreparedMappedArea prepared = PreparedMappedArea.of(area, EA);
        IndexedPointInAreaLocator jts = new IndexedPointInAreaLocator(area);
        Envelope e = area.getEnvelopeInternal();
        Random r = new Random(3);
        Coordinate[] points = new Coordinate[2000];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(e.getMinX() + r.nextDouble() * e.getWidth(), e.getMinY() + r.nextDouble() * e.getHeight());
        }
        Runnable check = () -> {
            for (Coordinate p : points) assertEquals(jts.locate(p), prepared.locate(p), p::toString);
        };
        Thread other = new Thread(check);
        other.start();
        check.run();
        other.join();
    }
}
