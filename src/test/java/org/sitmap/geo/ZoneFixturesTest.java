package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ReportedTime;

/** Small situations with answers known in advance, in a square mapped area given as WKT. */
class ZoneFixturesTest {
    private static final String SQUARE = "POLYGON ((37 36, 37.2 36, 37.2 36.2, 37 36.2, 37 36))";
    private static final LocalDate D30 = LocalDate.of(2024, 11, 30);
    private static final Instant END_26 = ReportedTime.endOfDay(DatasetBuilder.D26);
    private static final Instant END_30 = ReportedTime.endOfDay(D30);

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(Geometries.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static ZoneEngine engine(Dataset d, double noDataKm, boolean cores) {
        ZoneOptions o = ZoneOptions.defaults().withMappedArea(wkt(SQUARE)).withNoDataKm(noDataKm);
        return ZoneEngine.forDataset(d, cores ? o : o.withoutCores());
    }

    private static Zone zone(ZoneSnapshot s, ZoneStatus status, String faction) {
        return s.zones().stream().filter(z -> z.status() == status && java.util.Objects.equals(faction, z.faction()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " " + faction + " zone in " + s.zones()));
    }

    /** Geometries equal within {@code tolerance} degrees (discrete Hausdorff distance). */
    private static void checkEqual(String expectedWkt, Geometry actual, double tolerance) {
        double d = DiscreteHausdorffDistance.distance(wkt(expectedWkt), actual, 0.05);
        assertTrue(d < tolerance, "Hausdorff distance " + d + " from " + expectedWkt + " to " + actual);
    }

    private static DatasetBuilder westGovEastHts() {
        return new DatasetBuilder()
                .locality("west", LocalityKind.TOWN, 36.1, 37.05, "GOV")
                .locality("east", LocalityKind.TOWN, 36.1, 37.15, "HTS");
    }

    @Test
    void twoSettlements_splitTheSquareAlongTheirBisector() {
        ZoneSnapshot s = engine(westGovEastHts().build(), 100, false).snapshotAt(END_26);
        checkEqual("POLYGON ((37 36, 37.1 36, 37.1 36.2, 37 36.2, 37 36))", zone(s, ZoneStatus.HELD, "GOV").geometry(), 0.002);
        checkEqual("POLYGON ((37.1 36, 37.2 36, 37.2 36.2, 37.1 36.2, 37.1 36))", zone(s, ZoneStatus.HELD, "HTS").geometry(), 0.002);
        assertEquals(2, s.zones().size(), "no no-data zone within 100 km");
    }

    @Test
    void isolatedSettlement_holdsADiskOfTheNoDataRadius_restIsNoData() {
        Dataset d = new DatasetBuilder().locality("town", LocalityKind.TOWN, 36.1, 37.1, "GOV").build();
        ZoneSnapshot s = engine(d, 5, false).snapshotAt(END_26);
        assertEquals(Math.PI * 25, zone(s, ZoneStatus.HELD, "GOV").areaKm2(), Math.PI * 25 * 0.01);
        Zone noData = zone(s, ZoneStatus.NO_DATA, null);
        assertNull(noData.since());
        assertEquals(List.of(), noData.localityIds());
    }

    @Test
    void airportInsideATown_holdsOnlyItsRadius() {
        Dataset d = new DatasetBuilder()
                .locality("town", LocalityKind.TOWN, 36.1, 37.05, "HTS")
                .locality("airport", LocalityKind.AIRPORT, 36.1, 37.12, "GOV").build();  // 6.3 km apart
        ZoneSnapshot s = engine(d, 100, false).snapshotAt(END_26);
        double r = ZoneOptions.defaults().siteRadiusKm().get(LocalityKind.AIRPORT);
        assertEquals(Math.PI * r * r, zone(s, ZoneStatus.HELD, "GOV").areaKm2(), Math.PI * r * r * 0.02);
        assertEquals(List.of("airport"), zone(s, ZoneStatus.HELD, "GOV").localityIds());
    }

    @Test
    void cityCore_keepsANearbyVillageFromSplittingTheCity() {
        Dataset d = new DatasetBuilder()
                .locality("city", LocalityKind.CITY, 36.1, 37.05, "GOV", 1_000_000L)
                .locality("village", LocalityKind.VILLAGE, 36.1, 37.1, "HTS", 500L).build();
        GeoPoint between = new GeoPoint(36.1, 37.08);  // 2.7 km from the city, 1.8 km from the village
        assertEquals("HTS", engine(d, 100, false).detailsAt(END_26, between).orElseThrow().faction());
        assertEquals("GOV", engine(d, 100, true).detailsAt(END_26, between).orElseThrow().faction());
        assertEquals("HTS", engine(d, 100, true).detailsAt(END_26, new GeoPoint(36.1, 37.1)).orElseThrow().faction());
    }

    @Test
    void contestedLocality_makesAContestedZoneOfHolderAndAttacker() {
        Dataset d = westGovEastHts().change("west", D30, null, "GOV", "HTS", ChangeKind.CONTESTED).build();
        ZoneSnapshot s = engine(d, 100, false).snapshotAt(END_30);
        Zone contested = zone(s, ZoneStatus.CONTESTED, "GOV");
        assertEquals("HTS", contested.contestedBy());
        assertEquals(END_30, contested.since());
        assertEquals(s.areaByFaction().get("GOV"), contested.areaKm2(), 1e-9, "a contested zone counts for its holder");
        PointDetails pd = engine(d, 100, false).detailsAt(END_30, new GeoPoint(36.1, 37.05)).orElseThrow();
        assertEquals("HTS", pd.contestedBy());
        assertEquals(END_26, pd.since(), "the holder has held it since the status quo, contested or not");
    }

    @Test
    void timedChange_appliesFromItsTime_bareDateAtTheEndOfTheDay() {
        Dataset d = westGovEastHts().change("west", D30, LocalTime.of(9, 0), "GOV", "HTS", ChangeKind.CAPTURED).build();
        ZoneEngine e = engine(d, 100, false);
        GeoPoint west = new GeoPoint(36.1, 37.05);
        assertEquals("GOV", e.detailsAt(D30.atTime(8, 59).toInstant(ReportedTime.SYRIA), west).orElseThrow().faction());
        assertEquals("HTS", e.detailsAt(D30.atTime(9, 0).toInstant(ReportedTime.SYRIA), west).orElseThrow().faction());
        assertEquals(D30.atTime(9, 0).toInstant(ReportedTime.SYRIA),
                e.detailsAt(END_30, west).orElseThrow().since());
    }

    @Test
    void snapshotBetweenChanges_isTheLatestAtOrBefore_withoutRecomputing() {
        ZoneEngine e = engine(westGovEastHts().captured("west", D30, "GOV", "HTS").build(), 100, false);
        ZoneSnapshot s26 = e.snapshotAt(END_26);
        assertSame(s26, e.snapshotAt(END_30.minusSeconds(1)));
        assertEquals(END_26, e.snapshotAt(END_30.minusSeconds(1)).at());
        assertEquals(END_30, e.snapshotAt(END_30.plusSeconds(86_400 * 30)).at());
    }

    @Test
    void capture_diffMovesTheCapturedCellFromLoserToWinner() {
        ZoneEngine e = engine(westGovEastHts().captured("west", D30, "GOV", "HTS").build(), 100, false);
        ZoneDiff diff = e.diff(END_26, END_30);
        ZoneDiff.FactionChange gov = diff.factions().get(0), hts = diff.factions().get(1);
        double westCell = zone(e.snapshotAt(END_26), ZoneStatus.HELD, "GOV").areaKm2();
        assertEquals(westCell, gov.lostKm2(), 1e-6);
        assertEquals(0, gov.gainedKm2());
        assertEquals(westCell, hts.gainedKm2(), 1e-6);
        checkEqual("POLYGON ((37 36, 37.1 36, 37.1 36.2, 37 36.2, 37 36))", hts.gained(), 0.002);
        assertTrue(hts.lost().isEmpty());
    }

    @Test
    void pointDetails_giveTheDecidingLocalityTheZoneChangesNewestFirstAndPopulation() {
        Dataset d = new DatasetBuilder()
                .locality("a", LocalityKind.TOWN, 36.1, 37.03, "GOV", 1000L)
                .locality("b", LocalityKind.TOWN, 36.1, 37.07, "GOV", 2000L)
                .locality("c", LocalityKind.TOWN, 36.1, 37.17, "HTS")
                .captured("c", D30, "HTS", "GOV").build();
        PointDetails pd = engine(d, 100, false).detailsAt(END_30, new GeoPoint(36.1, 37.031)).orElseThrow();
        assertEquals("a", pd.decidingLocality().id());
        assertEquals("GOV", pd.faction());
        assertEquals(END_26, pd.since());
        assertEquals(3000L + 0L, pd.zonePopulation() == null ? -1 : pd.zonePopulation());
        assertEquals("c", pd.zoneChanges().get(0).localityId(), "newest first");
        assertEquals(4, pd.zoneChanges().size());
        assertEquals(END_30, pd.zone().since(), "a zone is as old as its newest locality's state");
    }

    @Test
    void pointOutsideTheMappedArea_hasNoDetails() {
        assertTrue(engine(westGovEastHts().build(), 100, false).detailsAt(END_26, new GeoPoint(35.9, 37.1)).isEmpty());
    }
}
