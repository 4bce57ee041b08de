package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.sitmap.bench.ScaleDatasetGenerator;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/**
 * The engine's zones (each traced along its faces' common boundary in the tessellation's graph, snapshots regrouped
 * from the one before) equal the straightforward ones: every face grouped by its deciding locality's state, each
 * group's faces unioned with JTS's general union; same parts, same holes, same area, valid.
 */
class DissolveProperties {
    /** The generator's dataset at scale 2 (100 places, 400 changes): deterministic for its seed. */
    private static final Dataset GENERATED = generated();
    private static final ControlTimeline TIMELINE = new ControlTimeline(GENERATED);
    private static final List<Instant> INSTANTS = TIMELINE.changeInstants();

    private static Dataset generated() {
        try {
            Path dir = Files.createTempDirectory("sitmap-dissolve");
            new ScaleDatasetGenerator().write(2, 1, dir);
            return new DatasetReader().read(DataFiles.fromDirectory(dir)).dataset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 6)
    void snapshotsInAnyOrder_equalTheStraightforwardDissolve(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
        ZoneEngine engine = ZoneEngine.forDataset(GENERATED);  // one engine: later snapshots reuse its tessellations
        for (int pick : picks) {
            Instant at = INSTANTS.get(pick % INSTANTS.size());
            assertEqualsStraightforward(at, engine.snapshotAt(at));
        }
    }

    @Property(tries = 4)
    void runsOfConsecutiveSnapshots_equalTheStraightforwardDissolve(@ForAll @IntRange(min = 0, max = 10_000) int start,
                                                                   @ForAll @IntRange(min = 2, max = 4) int length) {
        ZoneEngine engine = ZoneEngine.forDataset(GENERATED);  // each from the one before (a change of a few places)
        for (int i = start % INSTANTS.size(); i < Math.min(INSTANTS.size(), start % INSTANTS.size() + length); i++) {
            assertEqualsStraightforward(INSTANTS.get(i), engine.snapshotAt(INSTANTS.get(i)));
        }
    }

    @Example
    void everySnapshotPrecomputed_equalsTheStraightforwardDissolve() {
        ZoneEngine engine = ZoneEngine.forDataset(GENERATED);
        engine.precompute(SILENT);
        for (int i = 0; i < INSTANTS.size(); i += 10) assertEqualsStraightforward(INSTANTS.get(i), engine.snapshotAt(INSTANTS.get(i)));
    }

    /** The shipped data has successions that transfer holdings: a snapshot there is computed afresh, not from the last. */
    @Example
    void shippedDataset_everySnapshotPrecomputed_equalsTheStraightforwardDissolve() throws IOException {
        Dataset shipped = new DatasetReader().read(DataFiles.embedded()).dataset();
        ControlTimeline timeline = new ControlTimeline(shipped);
        assertTrue(!timeline.transfers().isEmpty(), "the shipped data has no succession that transfers holdings");
        ZoneEngine engine = ZoneEngine.forDataset(shipped);
        engine.precompute(SILENT);
        for (Instant at : timeline.changeInstants()) assertEqualsStraightforward(shipped, timeline, at, engine.snapshotAt(at));
    }

    private static final org.sitmap.task.TaskRunner.Progress SILENT = new org.sitmap.task.TaskRunner.Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** The tessellation of the localities known at an instant, its faces by zone, and each zone's localities' ids. */
    private record Reference(Tessellation tessellation, Map<ZoneKey, List<Integer>> faces, Map<ZoneKey, java.util.TreeSet<Integer>> deciders,
                             List<Locality> active) {
    }

    private static Reference straightforward(Dataset data, ControlTimeline timeline, Instant at) {
        List<Locality> active = new ArrayList<>();
        List<ControlState> states = new ArrayList<>();
        for (Locality l : data.localities()) {
            Optional<ControlState> s = timeline.stateAt(l.id(), at);
            if (s.isPresent()) {
                active.add(l);
                states.add(s.get());
            }
        }
        Tessellation t = new TessellationBuilder(ZoneOptions.defaults(), EqualAreaProjection.NORTHERN_SYRIA).build(active);
        Map<ZoneKey, List<Integer>> groups = new TreeMap<>(ZoneKey.ORDER);
        Map<ZoneKey, java.util.TreeSet<Integer>> deciders = new TreeMap<>(ZoneKey.ORDER);
        for (int f = 0; f < t.faces().size(); f++) {
            int d = t.faces().get(f).decider();
            ZoneKey key = d < 0 ? ZoneKey.NO_DATA : ZoneKey.of(states.get(d));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            if (d >= 0) deciders.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(d);
        }
        return new Reference(t, groups, deciders, active);
    }

    private static void assertEqualsStraightforward(Instant at, ZoneSnapshot snapshot) {
        assertEqualsStraightforward(GENERATED, TIMELINE, at, snapshot);
    }

    private static void assertEqualsStraightforward(Dataset data, ControlTimeline timeline, Instant at, ZoneSnapshot snapshot) {
        Reference ref = straightforward(data, timeline, at);
        Map<ZoneKey, Zone> zones = new TreeMap<>(ZoneKey.ORDER);
        for (Zone z : snapshot.zones()) zones.put(new ZoneKey(z.status(), z.faction(), z.contestedBy()), z);
        assertEquals(ref.faces().keySet(), zones.keySet(), "zones at " + at);
        for (Map.Entry<ZoneKey, List<Integer>> g : ref.faces().entrySet()) {
            Zone zone = zones.get(g.getKey());
            List<Polygon> faces = new ArrayList<>();
            double area = 0;
            for (int f : g.getValue()) {
                faces.add(ref.tessellation().faces().get(f).lonLat());
                area += ref.tessellation().faces().get(f).areaKm2();
            }
            Geometry expected = OverlayNGRobust.union(Geometries.FACTORY.createMultiPolygon(faces.toArray(Polygon[]::new)));
            Geometry actual = zone.geometry();
            String what = g.getKey() + " at " + at;
            List<String> ids = new ArrayList<>();
            Instant since = null;
            for (int d : ref.deciders().getOrDefault(g.getKey(), new java.util.TreeSet<>())) {
                String id = ref.active().get(d).id();
                ids.add(id);
                Instant s = timeline.stateSince(id, at).orElseThrow();
                if (since == null || s.isAfter(since)) since = s;
            }
            assertEquals(ids, zone.localityIds(), what + ": localities");
            assertEquals(since, zone.since(), what + ": since");
            assertTrue(IsValidOp.isValid(actual), () -> what + ": " + new IsValidOp(actual).getValidationError());
            assertEquals(area, zone.areaKm2(), 0, what);
            assertEquals(expected.getNumGeometries(), actual.getNumGeometries(), what + ": parts");
            assertEquals(holes(expected), holes(actual), what + ": holes");
            double symDiff = OverlayNGRobust.overlay(expected, actual, OverlayNG.SYMDIFFERENCE).getArea();
            assertTrue(symDiff <= expected.getArea() * 1e-12, what + ": differs by " + symDiff + " deg²");
            // every face lies in its holder's zone
            for (Polygon face : faces) assertTrue(actual.covers(face.getInteriorPoint()), what + ": misses a face");
        }
    }

    private static int holes(Geometry g) {
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) n += ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
        return n;
    }
}
