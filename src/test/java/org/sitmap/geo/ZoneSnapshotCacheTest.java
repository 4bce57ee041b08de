package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.ReportedTime;

/** The zones kept between runs are served only for the data and build that computed them, and equal the engine's. */
class ZoneSnapshotCacheTest {
    @TempDir
    Path dir;

    /** Counts the real engines built, to see whether the cache answered. */
    private static final class CountingEngines implements Function<Dataset, ZoneEngine> {
        final AtomicInteger built = new AtomicInteger();

        @Override
        public ZoneEngine apply(Dataset d) {
            built.incrementAndGet();
            return ZoneEngine.forDataset(d);
        }
    }

    private static Instant lastDay(Dataset d) {
        return ReportedTime.endOfDay(d.period().orElseThrow().last());
    }

    @Test
    void keptZones_openTheNextStart_withoutBuildingTheEngine_andEqualTheEngines() {
        Dataset d = SyntheticDataset.northernSyria(60, 5, 7);
        Instant at = lastDay(d), before = at.minus(Duration.ofDays(1));
        ZoneEngine fresh = ZoneEngine.forDataset(d);
        new ZoneSnapshotCache(dir.resolve("z.bin"), "build 1").store(d, fresh, at, before);

        CountingEngines engines = new CountingEngines();
        ZoneEngine next = new ZoneSnapshotCache(dir.resolve("z.bin"), "build 1").engine(d, engines);
        assertEquals(fresh.snapshotAt(at), next.snapshotAt(at));
        assertEquals(fresh.snapshotAt(before), next.snapshotAt(before));
        assertEquals(java.util.Optional.of(fresh.snapshotAt(at)), next.cachedSnapshotAt(at), "ready for the FX thread");
        assertEquals(0, engines.built.get(), "the kept snapshots answered");
        assertEquals(fresh.snapshotInstants(), next.snapshotInstants());
    }

    @Test
    void anythingElse_isAskedOfTheRealEngine_builtOnce() {
        Dataset d = SyntheticDataset.northernSyria(60, 5, 8);
        Instant at = lastDay(d);
        ZoneEngine fresh = ZoneEngine.forDataset(d);
        new ZoneSnapshotCache(dir.resolve("z.bin"), "b").store(d, fresh, at);

        CountingEngines engines = new CountingEngines();
        ZoneEngine next = new ZoneSnapshotCache(dir.resolve("z.bin"), "b").engine(d, engines);
        Instant first = fresh.snapshotInstants().get(0);
        assertEquals(fresh.snapshotAt(first), next.snapshotAt(first));
        var point = d.localities().get(0).point();
        assertEquals(fresh.detailsAt(at, point), next.detailsAt(at, point));
        assertEquals(fresh.diff(first, at), next.diff(first, at));
        assertEquals(1, engines.built.get());
    }

    @Test
    void changedData_isNotServedTheOldZones() {
        Dataset d = SyntheticDataset.northernSyria(60, 5, 9);
        new ZoneSnapshotCache(dir.resolve("z.bin"), "b").store(d, ZoneEngine.forDataset(d), lastDay(d));
        List<ControlChange> fewer = new ArrayList<>(d.changes());
        fewer.remove(fewer.size() - 1);
        Dataset edited = new Dataset(d.factions(), d.localities(), d.sources(), fewer, d.events(), d.successions(), d.aliases());

        CountingEngines engines = new CountingEngines();
        ZoneEngine next = new ZoneSnapshotCache(dir.resolve("z.bin"), "b").engine(edited, engines);
        assertEquals(ZoneEngine.forDataset(edited).snapshotAt(lastDay(edited)), next.snapshotAt(lastDay(edited)));
        assertEquals(1, engines.built.get());
    }

    @Test
    void anotherBuild_isNotServedTheZonesOfThisOne() {
        Dataset d = SyntheticDataset.northernSyria(40, 3, 10);
        new ZoneSnapshotCache(dir.resolve("z.bin"), "old build").store(d, ZoneEngine.forDataset(d), lastDay(d));
        CountingEngines engines = new CountingEngines();
        new ZoneSnapshotCache(dir.resolve("z.bin"), "new build").engine(d, engines).snapshotAt(lastDay(d));
        assertEquals(1, engines.built.get());
        assertFalse(new ZoneSnapshotCache(dir.resolve("z.bin"), "new build").holdsThisBuild());
        assertTrue(new ZoneSnapshotCache(dir.resolve("z.bin"), "old build").holdsThisBuild());
    }

    @Test
    void shippedZones_openAStartWhoseFileHasNone_andAreNotCopiedToIt() throws IOException {
        Dataset d = SyntheticDataset.northernSyria(60, 5, 13);
        Instant at = lastDay(d), before = at.minus(Duration.ofDays(1));
        ZoneEngine fresh = ZoneEngine.forDataset(d);
        new ZoneSnapshotCache(dir.resolve("shipped.bin"), "b").store(d, fresh, at, before);
        var shipped = dir.resolve("shipped.bin").toUri().toURL();

        ZoneSnapshotCache cache = new ZoneSnapshotCache(dir.resolve("user.bin"), "b", shipped);
        assertTrue(cache.holdsThisBuild());
        CountingEngines engines = new CountingEngines();
        ZoneEngine next = cache.engine(d, engines);
        assertEquals(fresh.snapshotAt(at), next.snapshotAt(at));
        assertEquals(fresh.snapshotAt(before), next.snapshotAt(before));
        assertEquals(0, engines.built.get(), "the shipped snapshots answered");
        cache.store(d, next, at, before);
        assertFalse(Files.exists(dir.resolve("user.bin")), "what the jar holds is not written again");
    }

    @Test
    void shippedZones_ofOtherDataOrAnotherBuild_areNotServed() throws IOException {
        Dataset d = SyntheticDataset.northernSyria(40, 3, 14);
        new ZoneSnapshotCache(dir.resolve("shipped.bin"), "b").store(d, ZoneEngine.forDataset(d), lastDay(d));
        var shipped = dir.resolve("shipped.bin").toUri().toURL();
        Dataset other = SyntheticDataset.northernSyria(40, 3, 15);

        CountingEngines engines = new CountingEngines();
        new ZoneSnapshotCache(dir.resolve("user.bin"), "b", shipped).engine(other, engines).snapshotAt(lastDay(other));
        new ZoneSnapshotCache(dir.resolve("user.bin"), "c", shipped).engine(d, engines).snapshotAt(lastDay(d));
        assertEquals(2, engines.built.get());
        assertFalse(new ZoneSnapshotCache(dir.resolve("user.bin"), "c", shipped).holdsThisBuild());
    }

    @Test
    void aBuildThatDoesNotKnowItself_keepsNothing() {
        Dataset d = SyntheticDataset.northernSyria(40, 3, 11);
        new ZoneSnapshotCache(dir.resolve("z.bin"), null).store(d, ZoneEngine.forDataset(d), lastDay(d));
        assertFalse(Files.exists(dir.resolve("z.bin")));
    }

    @Test
    void aDamagedFile_isAMiss_andIsReplaced() throws IOException {
        Dataset d = SyntheticDataset.northernSyria(40, 3, 12);
        Files.write(dir.resolve("z.bin"), new byte[] {0, 23, 's', 'i', 't', 'm', 'a', 'p'});
        ZoneSnapshotCache cache = new ZoneSnapshotCache(dir.resolve("z.bin"), "b");
        CountingEngines engines = new CountingEngines();
        ZoneEngine engine = cache.engine(d, engines);
        cache.store(d, engine, lastDay(d));
        assertEquals(1, engines.built.get());
        CountingEngines again = new CountingEngines();
        cache.engine(d, again).snapshotAt(lastDay(d));
        assertEquals(0, again.built.get());
    }

    /** Whatever the data and the instant, the kept snapshot read back equals the one the engine computed. */
    @Property(tries = 12)
    void keptSnapshot_equalsTheEngines(@ForAll @IntRange(min = 5, max = 120) int places,
                                       @ForAll @IntRange(min = 0, max = 40) int day,
                                       @ForAll @IntRange(min = 0, max = 1000) int seed) throws IOException {
        Dataset d = SyntheticDataset.northernSyria(places, 6, seed);
        Instant at = ReportedTime.endOfDay(d.period().orElseThrow().first().plusDays(day % 8));
        Path file = Files.createTempFile("zones", ".bin");
        try {
            ZoneEngine fresh = ZoneEngine.forDataset(d);
            new ZoneSnapshotCache(file, "b").store(d, fresh, at);
            assertEquals(fresh.snapshotAt(at), new ZoneSnapshotCache(file, "b").engine(d, x -> {
                throw new AssertionError("the kept snapshot should answer");
            }).snapshotAt(at));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
