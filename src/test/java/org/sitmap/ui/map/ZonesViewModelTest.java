package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneEngine;
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

    /** Holds submitted work until released: shows what a step does before any worker answers. */
    private static final class HeldRunner implements org.sitmap.task.TaskRunner {
        final java.util.List<Runnable> held = new java.util.ArrayList<>();

        @Override
        public <T> Cancellable run(String name, Work<T> work, java.util.function.Consumer<T> onSuccess,
                                   java.util.function.Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call(new org.sitmap.task.CancellationFlag().silentProgress()));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new org.sitmap.task.CancellationFlag();
        }

        void releaseAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void precomputedZones_areShownInTheStepThatAsks_withoutAWorker() {
        HeldRunner held = new HeldRunner();
        ZonesViewModel zones = new ZonesViewModel(held, situation);  // situation's engine has precomputed everything
        Instant dec1 = ReportedTime.endOfDay(UiFixtures.DEC1);
        situation.instantProperty().set(dec1);
        assertEquals(dec1, zones.shownAtProperty().get());
        assertSame(situation.zoneEngineProperty().get().snapshotAt(dec1), zones.snapshotProperty().get());
        assertTrue(held.held.isEmpty(), "nothing was sent to a worker");
    }

    @Test
    void zonesShownAtOnce_equalTheFetchedOnes_everyDay() {
        // The same engine seen without its cache: every step goes through a worker, as before precompute finishes.
        SituationViewModel fetching = new SituationViewModel(new DirectTaskRunner(), UiFixtures.unopened(), d -> uncached(situation.zoneEngineProperty().get()));
        ZonesViewModel fetched = new ZonesViewModel(new DirectTaskRunner(), fetching);
        fetching.setDataset(data);
        LocalDate first = data.period().orElseThrow().first(), last = data.period().orElseThrow().last();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant at = ReportedTime.endOfDay(day);
            situation.instantProperty().set(at);
            fetching.instantProperty().set(at);
            assertSame(fetched.snapshotProperty().get(), vm.snapshotProperty().get(), day.toString());
            assertEquals(fetched.legend(), vm.legend(), day.toString());
            assertEquals(fetched.shapesProperty().get().size(), vm.shapesProperty().get().size());
            for (int i = 0; i < vm.shapesProperty().get().size(); i++) {
                List<double[]> a = fetched.shapesProperty().get().get(i).rings(), b = vm.shapesProperty().get().get(i).rings();
                assertEquals(a.size(), b.size());
                for (int r = 0; r < a.size(); r++) assertArrayEquals(a.get(r), b.get(r));
            }
        }
    }

    @Test
    void aFetchArrivingAfterNewerZonesWereShownAtOnce_isDropped() {
        Instant nov26 = ReportedTime.endOfDay(UiFixtures.NOV26), dec1 = ReportedTime.endOfDay(UiFixtures.DEC1);
        ZoneEngine real = situation.zoneEngineProperty().get();  // precomputed
        ZoneEngine uncached = uncached(real);
        // computed from 30 November on only, as when the precompute is still on its way
        ZoneEngine partly = new ZoneEngine() {
            public org.sitmap.geo.ZoneSnapshot snapshotAt(Instant at) {
                return real.snapshotAt(at);
            }

            public java.util.Optional<org.sitmap.geo.ZoneSnapshot> cachedSnapshotAt(Instant at) {
                return at.isBefore(ReportedTime.endOfDay(UiFixtures.NOV30).minusSeconds(1)) ? java.util.Optional.empty()
                        : real.cachedSnapshotAt(at);
            }

            public void precompute(org.sitmap.task.TaskRunner.Progress p) {
            }

            public java.util.Optional<org.sitmap.geo.PointDetails> detailsAt(Instant at, GeoPoint p) {
                return uncached.detailsAt(at, p);
            }

            public org.sitmap.geo.ZoneDiff diff(Instant x, Instant y) {
                return uncached.diff(x, y);
            }
        };
        SituationViewModel s = new SituationViewModel(new DirectTaskRunner(), UiFixtures.unopened(), d -> partly);
        HeldRunner held = new HeldRunner();
        ZonesViewModel zones = new ZonesViewModel(held, s);
        s.setDataset(data);
        held.releaseAll();
        s.instantProperty().set(nov26);
        assertEquals(1, held.held.size(), "26 November is not computed yet: fetched on a worker");
        s.instantProperty().set(dec1);
        assertEquals(dec1, zones.shownAtProperty().get(), "1 December is computed: shown at once");
        List<Instant> shownAfter = new java.util.ArrayList<>();
        zones.shownAtProperty().addListener((o, was, now) -> shownAfter.add(now));
        held.releaseAll();  // 26 November's zones arrive late
        held.releaseAll();
        assertEquals(List.of(), shownAfter, "the late zones are not shown over the newer ones");
        assertSame(real.snapshotAt(dec1), zones.snapshotProperty().get());
    }

    /** {@code real} without its cache: every snapshot is fetched through a worker. */
    private static ZoneEngine uncached(ZoneEngine real) {
        return new ZoneEngine() {
            public org.sitmap.geo.ZoneSnapshot snapshotAt(Instant at) {
                return real.snapshotAt(at);
            }

            public void precompute(org.sitmap.task.TaskRunner.Progress p) {
                real.precompute(p);
            }

            public java.util.Optional<org.sitmap.geo.PointDetails> detailsAt(Instant at, GeoPoint p) {
                return real.detailsAt(at, p);
            }

            public org.sitmap.geo.ZoneDiff diff(Instant a, Instant b) {
                return real.diff(a, b);
            }
        };
    }
}
