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
 * The engine's zones (dissolved block by block, parts reused from earlier snapshots) equal the straightforward ones:
 * every face grouped by its deciding locality's state, each group's faces unioned with JTS's general union.
 */
class BlockDissolveProperties {
    /** The generator's dataset at scale 2 (100 places, 400 changes): deterministic for its seed. */
    private static final Dataset GENERATED = generated();
    private static final List<Instant> INSTANTS = new ControlTimeline(GENERATED).changeInstants();

    private static Dataset generated() {
        try {
            Path dir = Files.createTempDirectory("sitmap-blocks");
            new ScaleDatasetGenerator().write(2, 1, dir);
            return new DatasetReader().read(DataFiles.fromDirectory(dir)).dataset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 8)
    void snapshotsInAnyOrder_equalTheStraightforwardDissolve(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
        ZoneEngine engine = ZoneEngine.forDataset(GENERATED);  // one engine: later snapshots reuse earlier parts
        for (int pick : picks) {
            Instant at = INSTANTS.get(pick % INSTANTS.size());
            assertEqualsStraightforward(at, engine.snapshotAt(at));
        }
    }

    @Example
    void everySnapshotInTimeOrder_equalsTheStraightforwardDissolve() {
        ZoneEngine engine = ZoneEngine.forDataset(GENERATED);
        for (int i = 0; i < INSTANTS.size(); i += 10) assertEqualsStraightforward(INSTANTS.get(i), engine.snapshotAt(INSTANTS.get(i)));
    }

    @Example
    void generatedDataset_isCutIntoSeveralBlocks() {
        Tessellation t = straightforward(INSTANTS.get(0)).tessellation;
        assertTrue(t.blocks().length >= 4, "blocks: " + t.blocks().length);
        assertEquals(t.faces().size(), java.util.Arrays.stream(t.blocks()).mapToInt(b -> b.length).sum());
    }

    private record Reference(Tessellation tessellation, Map<ZoneKey, List<Integer>> faces) {
    }

    private static Reference straightforward(Instant at) {
        ControlTimeline timeline = new ControlTimeline(GENERATED);
        List<Locality> active = new ArrayList<>();
        List<ControlState> states = new ArrayList<>();
        for (Locality l : GENERATED.localities()) {
            Optional<ControlState> s = timeline.stateAt(l.id(), at);
            if (s.isPresent()) {
                active.add(l);
                states.add(s.get());
            }
        }
        Tessellation t = new TessellationBuilder(ZoneOptions.defaults(), EqualAreaProjection.NORTHERN_SYRIA).build(active);
        Map<ZoneKey, List<Integer>> groups = new TreeMap<>(ZoneKey.ORDER);
        for (int f = 0; f < t.faces().size(); f++) {
            int d = t.faces().get(f).decider();
            groups.computeIfAbsent(d < 0 ? ZoneKey.NO_DATA : ZoneKey.of(states.get(d)), k -> new ArrayList<>()).add(f);
        }
        return new Reference(t, groups);
    }

    private static void assertEqualsStraightforward(Instant at, ZoneSnapshot snapshot) {
        Reference ref = straightforward(at);
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
