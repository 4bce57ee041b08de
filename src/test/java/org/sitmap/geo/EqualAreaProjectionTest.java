package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class EqualAreaProjectionTest {
    private static final EqualAreaProjection EA = EqualAreaProjection.NORTHERN_SYRIA;

    /** proj4j's own transforms for the projection the zone engine uses. */
    private static CoordinateTransform proj4j(boolean forward) {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
        CoordinateReferenceSystem laea = crs.createFromParameters("LAEA",
                "+proj=laea +lat_0=36.0 +lon_0=38.5 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs");
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        return forward ? f.createTransform(wgs84, laea) : f.createTransform(laea, wgs84);
    }

    /** How far the inverse may stray from proj4j's ({@link ObliqueLaeaInverse} rounds otherwise in the last bits). */
    private static final double INVERSE_TOLERANCE_DEG = 1e-12;

    @Test
    void projectingDirectly_givesProj4jsTransformsNumbers_forwardToTheLastBit_backWithinATenthOfAMicrometre() {
        CoordinateTransform forward = proj4j(true), inverse = proj4j(false);
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            double lon = 30 + r.nextDouble() * 17, lat = 30 + r.nextDouble() * 10;  // well beyond the mapped area
            ProjCoordinate p = forward.transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
            double[] xy = EA.toPlane(lon, lat);
            assertEquals(p.x, xy[0], 0.0);
            assertEquals(p.y, xy[1], 0.0);
            ProjCoordinate back = inverse.transform(new ProjCoordinate(xy[0], xy[1]), new ProjCoordinate());
            double[] lonLat = EA.toLonLat(xy[0], xy[1]);
            assertEquals(back.x, lonLat[0], INVERSE_TOLERANCE_DEG);
            assertEquals(back.y, lonLat[1], INVERSE_TOLERANCE_DEG);
            assertEquals(lon, lonLat[0], 1e-7, "back where it started, within proj4j's authalic series (a centimetre)");
            assertEquals(lat, lonLat[1], 1e-7);
        }
    }

    /** A line taken back to degrees point by point, in place through one coordinate: each point as it comes alone. */
    @Test
    void unprojectingALine_givesProj4jsNumbersForEachPoint() {
        CoordinateTransform inverse = proj4j(false);
        Random r = new Random(13);
        Coordinate[] plane = new Coordinate[10_000];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = new Coordinate((r.nextDouble() - 0.5) * 800_000, (r.nextDouble() - 0.5) * 500_000);
        }
        double[] lonLat = new double[2 * plane.length];
        for (int i = 0; i < plane.length; i++) {
            lonLat[2 * i] = plane[i].x;
            lonLat[2 * i + 1] = plane[i].y;
        }
        EA.toLonLatInPlace(lonLat);
        for (int i = 0; i < plane.length; i++) {
            ProjCoordinate back = inverse.transform(new ProjCoordinate(plane[i].x, plane[i].y), new ProjCoordinate());
            assertEquals(back.x, lonLat[2 * i], INVERSE_TOLERANCE_DEG);
            assertEquals(back.y, lonLat[2 * i + 1], INVERSE_TOLERANCE_DEG);
            double[] alone = EA.toLonLat(plane[i].x, plane[i].y);
            assertEquals(alone[0], lonLat[2 * i], 0.0);
            assertEquals(alone[1], lonLat[2 * i + 1], 0.0);
        }
    }

    /** The identities serve the oblique ellipsoidal aspect only; one centred on a pole or the equator keeps proj4j's.
     */
    @Test
    void theFastInverse_isTakenForTheObliqueEllipsoidalAspectOnly() {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
        assertTrue(ObliqueLaeaInverse.of(laea("+lat_0=36 +datum=WGS84")).isPresent());
        assertTrue(ObliqueLaeaInverse.of(laea("+lat_0=90 +datum=WGS84")).isEmpty());
        assertTrue(ObliqueLaeaInverse.of(laea("+lat_0=0 +datum=WGS84")).isEmpty());
        assertTrue(ObliqueLaeaInverse.of(laea("+lat_0=36 +a=6371000 +b=6371000")).isEmpty());
        EqualAreaProjection equatorial = new EqualAreaProjection(0, 38.5);
        CoordinateTransform proj4j = new CoordinateTransformFactory().createTransform(
                crs.createFromParameters("e", LAEA + "+lat_0=0 +datum=WGS84"), wgs84);
        ProjCoordinate back = proj4j.transform(new ProjCoordinate(120_000, 340_000), new ProjCoordinate());
        double[] lonLat = equatorial.toLonLat(120_000, 340_000);
        assertEquals(back.x, lonLat[0], 0.0);
        assertEquals(back.y, lonLat[1], 0.0);
    }

    @Test
    void projectingManyPoints_inParallelOrNot_givesEachPointsProjection() {
        Random r = new Random(12);
        List<Coordinate> points = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) points.add(new Coordinate(35.7 + r.nextDouble() * 6.7, 34.6 + r.nextDouble() * 2.7));
        for (boolean parallel : new boolean[] {false, true}) {
            double[] xy = EA.toPlane(points, parallel);
            for (int k = 0; k < points.size(); k++) {
                double[] one = EA.toPlane(points.get(k).x, points.get(k).y);
                assertEquals(one[0], xy[2 * k], 0.0);
                assertEquals(one[1], xy[2 * k + 1], 0.0);
            }
        }
    }

    private static final String LAEA = "+proj=laea +lon_0=38.5 +x_0=0 +y_0=0 +units=m +no_defs ";

    private static org.locationtech.proj4j.proj.Projection laea(String more) {
        return new CRSFactory().createFromParameters("laea", LAEA + more).getProjection();
    }
}
