package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ReportedTime;

class VoronoiZoneEngineTest {
    private static final LocalDate D30 = LocalDate.of(2024, 11, 30);
    private static final Instant END_26 = ReportedTime.endOfDay(DatasetBuilder.D26);
    private static final Instant END_30 = ReportedTime.endOfDay(D30);

    private static Dataset aleppoAndIdlib() {
        return new DatasetBuilder()
                .locality("aleppo", LocalityKind.CITY, 36.20124, 37.16117, "GOV", 1_602_264L)
                .locality("idlib", LocalityKind.CITY, 35.93, 36.63, "HTS", 160_000L)
                .locality("airport", LocalityKind.AIRPORT, 36.18, 37.22, "GOV")
                .captured("aleppo", D30, "GOV", "HTS")
                .build();
    }

    @Test
    void controlAt_afterCapture_returnsNewFaction() {
        ZoneEngine e = ZoneEngine.forDataset(aleppoAndIdlib());
        assertEquals("GOV", e.detailsAt(END_26, new GeoPoint(36.2, 37.16)).orElseThrow().faction());
        assertEquals("HTS", e.detailsAt(END_30, new GeoPoint(36.2, 37.16)).orElseThrow().faction());
    }

    @Test
    void zones_partitionTheMappedArea() {
        ZoneSnapshot s = ZoneEngine.forDataset(aleppoAndIdlib()).snapshotAt(END_26);
        double total = s.zones().stream().mapToDouble(Zone::areaKm2).sum();
        double mapped = EqualAreaProjection.NORTHERN_SYRIA.areaKm2(MappedArea.northernSyria());
        assertEquals(mapped, total, mapped * 1e-6);
    }

    @Test
    void isolatedSettlement_claimsADiskOfTheNoDataRadius() {
        ZoneSnapshot s = ZoneEngine.forDataset(aleppoAndIdlib()).snapshotAt(END_26);
        double hts = s.areaByFaction().get("HTS");
        assertEquals(Math.PI * 20 * 20, hts, 5);
    }

    @Test
    void capture_movesTheCellFromLoserToWinner() {
        ZoneDiff d = ZoneEngine.forDataset(aleppoAndIdlib()).diff(END_26, END_30);
        ZoneDiff.FactionChange gov = d.factions().get(0), hts = d.factions().get(1);
        assertEquals("GOV", gov.faction());
        assertEquals(hts.gainedKm2(), gov.lostKm2(), 1e-9);
        assertTrue(hts.gainedKm2() > 1000, "gained " + hts.gainedKm2());
    }
}
