package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class MappedAreaTest {
    private static final EqualAreaProjection EA = EqualAreaProjection.NORTHERN_SYRIA;

    @Test
    void baseMapBorder_isUsed_validAndNorthOf34point6() {
        Geometry base = MappedArea.fromBaseMap();
        assertNotNull(base, "the jar carries the base map's countries.geojson");
        assertTrue(base.isValid());
        assertEquals(MappedArea.SOUTH_EDGE_LAT, base.getEnvelopeInternal().getMinY(), 1e-9);
        assertEquals(base.getArea(), MappedArea.northernSyria().getArea(), 1e-12);
    }

    @Test
    void baseMapAndNaturalEarth_agreeWithinTwoPercent() {
        double dcw = EA.areaKm2(MappedArea.fromBaseMap()), ne = EA.areaKm2(MappedArea.fromWkt("syria-north.wkt"));
        assertEquals(ne, dcw, ne * 0.02, "DCW " + dcw + " km², Natural Earth " + ne + " km²");
    }

    @ParameterizedTest(name = "{0} inside: {3}")
    @CsvSource({"Aleppo, 36.2012, 37.1612, true", "Qamishli, 37.0522, 41.2317, true", "Homs, 34.7308, 36.7094, true",
            "Damascus, 33.5138, 36.2765, false", "Gaziantep, 37.0662, 37.3833, false", "Tripoli, 34.4367, 35.8497, false"})
    void wellKnownPlaces(String name, double lat, double lon, boolean inside) {
        Geometry area = MappedArea.northernSyria();
        assertEquals(inside, area.contains(Geometries.FACTORY.createPoint(new Coordinate(lon, lat))), name);
    }
}
