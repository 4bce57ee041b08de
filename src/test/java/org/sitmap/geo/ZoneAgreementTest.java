package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.domain.ImportedZone;

/** Another mapper's zones against Sitmap's: the km² they agree and disagree on, measured in the equal-area plane. */
class ZoneAgreementTest {
    private static final Instant AT = Instant.parse("2024-12-01T12:00:00Z");
    private static final String WEST = "POLYGON ((37.0 36.0, 37.2 36.0, 37.2 36.2, 37.0 36.2, 37.0 36.0))";
    private static final String EAST = "POLYGON ((37.2 36.0, 37.4 36.0, 37.4 36.2, 37.2 36.2, 37.2 36.0))";
    private static final String BOTH = "POLYGON ((37.0 36.0, 37.4 36.0, 37.4 36.2, 37.0 36.2, 37.0 36.0))";
    private static final EqualAreaProjection AREA = EqualAreaProjection.NORTHERN_SYRIA;

    private static Geometry g(String wkt) throws Exception {
        return new WKTReader().read(wkt);
    }

    private static ZoneSnapshot sitmap() throws Exception {
        return new ZoneSnapshot(AT, List.of(
                new Zone("HTS", null, ZoneStatus.HELD, g(WEST), AREA.areaKm2(g(WEST)), AT, List.of("a")),
                new Zone("GOV", null, ZoneStatus.HELD, g(EAST), AREA.areaKm2(g(EAST)), AT, List.of("b"))));
    }

    private static ImportedZone theirs(String id, String faction, String wkt, Instant from, Instant to) {
        return new ImportedZone(id, "their-map.geojson", faction, faction == null ? "Unknown group" : faction, from, to, wkt);
    }

    @Test
    void aLayerGivingBothSquaresToHts_agreesOnTheWestAndDisagreesOnTheEast() throws Exception {
        Map<String, ZoneAgreement> result = ZoneAgreement.byLayer(sitmap(),
                List.of(theirs("u.Z.t.1", "HTS", BOTH, AT.minusSeconds(86400), null)));
        ZoneAgreement a = result.get("their-map.geojson");
        double west = AREA.areaKm2(g(WEST)), east = AREA.areaKm2(g(EAST));
        assertEquals(west + east, a.comparedKm2(), 0.01 * (west + east));
        assertEquals(west, a.agreeingKm2(), 0.01 * west);
        assertEquals(1, a.disagreements().size());
        ZoneAgreement.Disagreement d = a.disagreements().get(0);
        assertEquals(List.of("HTS", "GOV"), List.of(d.imported(), d.sitmap()));
        assertEquals(east, d.km2(), 0.01 * east);
        assertEquals(west / (west + east), a.agreeingShare(), 0.01);
        assertTrue(east > 390 && east < 410, "0.2° by 0.2° at 36° N is 22.2 km by 18.0 km, about 400 km²: " + east);
    }

    @Test
    void unnamedHolders_areCountedApart_andZonesOutsideTheirValidityAreLeftOut() throws Exception {
        Map<String, ZoneAgreement> result = ZoneAgreement.byLayer(sitmap(), List.of(
                theirs("u.Z.t.1", null, WEST, AT.minusSeconds(86400), null),
                theirs("u.Z.t.2", "GOV", EAST, AT.minusSeconds(86400), AT.minusSeconds(3600)),
                theirs("u.Z.t.3", "GOV", EAST, AT.plusSeconds(3600), null)));
        ZoneAgreement a = result.get("their-map.geojson");
        assertEquals(AREA.areaKm2(g(WEST)), a.unnamedKm2(), 0.01);
        assertEquals(0, a.comparedKm2(), 1e-9, "the GOV zones do not hold at the instant");
        assertTrue(ZoneAgreement.byLayer(sitmap(), List.of(theirs("u.Z.t.3", "GOV", EAST, AT.plusSeconds(3600), null))).isEmpty(),
                "a layer with nothing valid at the instant is not listed");
    }

    @Test
    void aContestedZone_agreesWithEitherSide() throws Exception {
        ZoneSnapshot contested = new ZoneSnapshot(AT, List.of(
                new Zone("GOV", "HTS", ZoneStatus.CONTESTED, g(EAST), AREA.areaKm2(g(EAST)), AT, List.of("b"))));
        ZoneAgreement a = ZoneAgreement.byLayer(contested, List.of(theirs("u.Z.t.1", "HTS", EAST, AT, null))).get("their-map.geojson");
        assertEquals(a.comparedKm2(), a.agreeingKm2(), 1e-9);
        assertTrue(a.disagreements().isEmpty());
    }
}
