package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ReportedTime;

/** Zones of random locality sets always partition the mapped area, and every locality lies in its holder's zone. */
class ZoneCoverageProperties {
    private static final EqualAreaProjection EA = EqualAreaProjection.NORTHERN_SYRIA;
    private static final String[] FACTIONS = {"GOV", "HTS", "SNA", "SDF"};

    @Property(tries = 25)
    void northernSyria_anyLocalities_zonesPartitionTheMappedArea(@ForAll long seed, @ForAll @IntRange(min = 0, max = 120) int n) {
        Dataset d = SyntheticDataset.northernSyria(n, 6, seed);
        checkEverySnapshot(d, ZoneOptions.defaults());
    }

    @Property(tries = 150)
    void denseCluster_withSitesAndCoresAndOutsiders_zonesPartitionTheMappedArea(@ForAll long seed,
                                                                                @ForAll @IntRange(min = 1, max = 60) int n)
            throws Exception {
        // a 0.3° box around Aleppo whose localities (some outside it) are a few km apart: every rule matters
        Geometry box = new WKTReader().read("POLYGON ((37 36.05, 37.3 36.05, 37.3 36.35, 37 36.35, 37 36.05))");
        Random r = new Random(seed);
        DatasetBuilder b = new DatasetBuilder();
        List<Coordinate> placed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Coordinate c = new Coordinate(36.95 + r.nextDouble() * 0.4, 36.0 + r.nextDouble() * 0.4);
            if (placed.stream().anyMatch(p -> p.distance(c) < 0.002)) continue;  // keep localities ≥ 200 m apart
            placed.add(c);
            LocalityKind kind = LocalityKind.values()[r.nextInt(LocalityKind.values().length)];
            Long pop = kind.isSite() || r.nextBoolean() ? null : (long) r.nextInt(300_000);
            b.locality("x-" + i, kind, c.y, c.x, FACTIONS[r.nextInt(FACTIONS.length)], pop);
            if (r.nextInt(4) == 0) b.change("x-" + i, DatasetBuilder.D26.plusDays(1), null, "GOV", "HTS",
                    org.sitmap.domain.ChangeKind.CONTESTED);
        }
        checkEverySnapshot(b.build(), ZoneOptions.defaults().withMappedArea(box).withNoDataKm(3 + r.nextInt(10)));
    }

    /** The case the property found once it ran: a zone's outline passed twice through one vertex (invalid in JTS). */
    @Example
    void denseCluster_whoseZoneOutlineTouchesItself_zonesStayValid() throws Exception {
        denseCluster_withSitesAndCoresAndOutsiders_zonesPartitionTheMappedArea(-81, 6);
    }

    /**
     * Cases the property found later: a large face around a site's circle had its outline's vertex mean in the
     * sliver between one of the circle's chords and its arc, where the rule answers for the site, so the site decided
     * the whole face (and a city's own position).
     */
    @Example
    void denseCluster_whoseFaceMeanLiesBetweenAChordAndItsArc_isDecidedAsItsBulk() throws Exception {
        denseCluster_withSitesAndCoresAndOutsiders_zonesPartitionTheMappedArea(15439, 57);
        denseCluster_withSitesAndCoresAndOutsiders_zonesPartitionTheMappedArea(17413, 57);
    }

    private static void checkEverySnapshot(Dataset d, ZoneOptions options) {
        ZoneEngine engine = ZoneEngine.forDataset(d, options);
        ControlTimeline timeline = new ControlTimeline(d);
        List<Instant> instants = new ArrayList<>(engine.snapshotInstants());
        instants.add(0, Instant.parse("2020-01-01T00:00:00Z"));
        double mappedKm2 = EA.areaKm2(options.mappedArea());
        for (Instant at : instants) {
            ZoneSnapshot s = engine.snapshotAt(at);
            Geometry[] zones = s.zones().stream().map(Zone::geometry).toArray(Geometry[]::new);
            for (Geometry z : zones) assertTrue(new IsValidOp(z).isValid(), () -> "invalid zone: " + new IsValidOp(z).getValidationError());
            assertTrue(CoverageValidator.isValid(zones), "zones overlap or do not match edge for edge at " + at);
            double sum = s.zones().stream().mapToDouble(Zone::areaKm2).sum();
            assertEquals(mappedKm2, sum, mappedKm2 * 1e-6, "zone areas add up to the mapped area");
            Geometry union = OverlayNGRobust.union(List.of(zones));
            double symDiff = EA.areaKm2(OverlayNGRobust.overlay(union, options.mappedArea(), OverlayNG.SYMDIFFERENCE));
            assertTrue(symDiff < mappedKm2 * 1e-6, "union differs from the mapped area by " + symDiff + " km²");
            for (Locality l : d.localities()) {
                var state = timeline.stateAt(l.id(), at);
                Point p = Geometries.FACTORY.createPoint(new Coordinate(l.point().lon(), l.point().lat()));
                if (state.isEmpty() || options.mappedArea().distance(p) > 0 || options.mappedArea().getBoundary().distance(p) < 1e-4) continue;
                ControlState st = state.get();
                Zone own = s.zones().stream().filter(z -> st.holder().equals(z.faction())
                        && java.util.Objects.equals(st.contestedBy(), z.contestedBy())).findFirst().orElseThrow(
                        () -> new AssertionError("no zone for " + st.holder() + " holding " + l.id()));
                PointDetails pd = engine.detailsAt(at, new GeoPoint(l.point().lat(), l.point().lon())).orElseThrow();
                assertEquals(l.id(), pd.decidingLocality() == null ? null : pd.decidingLocality().id(),
                        () -> "a locality decides its own position: " + l + " " + pd.zone().status());
                assertTrue(own.geometry().covers(p), l.id() + " lies outside its holder's zone at " + at);
                assertTrue(own.localityIds().contains(l.id()), own.localityIds() + " lists " + l.id());
            }
        }
    }

    @Property(tries = 2)
    void fiveThousandLocalities_zonesAreValidAndMatchEdgeForEdge(@ForAll long seed) {
        ZoneEngine engine = ZoneEngine.forDataset(SyntheticDataset.northernSyria(5000, 1, seed));
        ZoneSnapshot s = engine.snapshotAt(engine.snapshotInstants().get(0));
        Geometry[] zones = s.zones().stream().map(Zone::geometry).toArray(Geometry[]::new);
        for (Geometry z : zones) assertTrue(new IsValidOp(z).isValid(), () -> "invalid zone: " + new IsValidOp(z).getValidationError());
        assertTrue(CoverageValidator.isValid(zones));
    }

    @Property(tries = 10)
    void snapshotBeforeTheFirstChange_isAllNoData(@ForAll @IntRange(min = 1, max = 30) int n) {
        ZoneEngine engine = ZoneEngine.forDataset(SyntheticDataset.northernSyria(n, 2, n));
        ZoneSnapshot s = engine.snapshotAt(ReportedTime.endOfDay(DatasetBuilder.D26.minusDays(1)));
        assertEquals(1, s.zones().size());
        assertEquals(ZoneStatus.NO_DATA, s.zones().get(0).status());
    }
}
