package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.Zone;
import org.sitmap.task.DirectTaskRunner;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.UiFixtures;

/** Runs on the shipped dataset with the real zone engine, so it keeps passing as the data grows. */
class ZonesViewModelTest {
    private SituationViewModel situation;
    private ZonesViewModel vm;
    private Dataset data;

    @BeforeEach
    void setUp() {
        situation = new SituationViewModel(new DirectTaskRunner(), UiFixtures.unopened());
        vm = new ZonesViewModel(new DirectTaskRunner(), situation);
        data = UiFixtures.shipped();
        situation.setDataset(data);
    }

    private String holderAt(GeoPoint p) {
        var point = new GeometryFactory().createPoint(new Coordinate(p.lon(), p.lat()));
        return vm.snapshotProperty().get().zones().stream().filter(z -> z.faction() != null && z.geometry().covers(point))
                .map(Zone::faction).findFirst().orElse(null);
    }

    @Test
    void citadel_isGovernmentOn26November_andHtsOn1December() {
        GeoPoint citadel = UiFixtures.citadelPoint(data);
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.NOV26));
        assertEquals("GOV", holderAt(citadel));
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.DEC1));
        assertEquals("HTS", holderAt(citadel));
    }

    @Test
    void shapes_followTheSnapshot_oneShapePerZone() {
        assertNotNull(vm.snapshotProperty().get());
        assertEquals(vm.snapshotProperty().get().zones().size(), vm.shapesProperty().get().size());
        assertTrue(vm.shapesProperty().get().stream().allMatch(s -> !s.rings().isEmpty() || s.zone().geometry().isEmpty()));
    }

    @Test
    void legend_listsHoldersWithAreaAndDailyChange() {
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.NOV30));
        LegendEntry hts = vm.legend().stream().filter(e -> e.factionId().equals("HTS")).findFirst().orElseThrow();
        assertTrue(hts.areaKm2() > 0);
        assertTrue(hts.changeKm2() > 0, "HTS gained ground on 30 November");
    }

    @Test
    void legend_onTheFirstDay_hasNoDailyChange() {
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.NOV26));
        assertTrue(vm.legend().stream().allMatch(e -> Double.isNaN(e.changeKm2())));
    }

    @Test
    void movingWithinADayWithoutChanges_reusesTheShownZones() {
        int[] calls = {0};
        SituationViewModel counted = new SituationViewModel(new DirectTaskRunner(), UiFixtures.unopened(), d -> {
            var real = org.sitmap.geo.ZoneEngine.forDataset(d);
            return new org.sitmap.geo.ZoneEngine() {
                public org.sitmap.geo.ZoneSnapshot snapshotAt(java.time.Instant at) {
                    calls[0]++;
                    return real.snapshotAt(at);
                }

                public void precompute(org.sitmap.task.TaskRunner.Progress p) {
                }

                public java.util.Optional<org.sitmap.geo.PointDetails> detailsAt(java.time.Instant at, GeoPoint p) {
                    return real.detailsAt(at, p);
                }

                public org.sitmap.geo.ZoneDiff diff(java.time.Instant a, java.time.Instant b) {
                    return real.diff(a, b);
                }
            };
        });
        ZonesViewModel zones = new ZonesViewModel(new DirectTaskRunner(), counted);
        counted.setDataset(data);
        counted.instantProperty().set(ReportedTime.endOfDay(UiFixtures.NOV26).plusSeconds(3600));
        int before = calls[0];
        counted.instantProperty().set(ReportedTime.endOfDay(UiFixtures.NOV26).plusSeconds(7200));
        assertEquals(before, calls[0]);
        assertEquals(ReportedTime.endOfDay(UiFixtures.NOV26).plusSeconds(7200), zones.shownAtProperty().get());
    }
}
