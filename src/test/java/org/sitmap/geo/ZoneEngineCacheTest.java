package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ReportedTime;

/** {@link ZoneEngine#cachedSnapshotAt}: what the FX thread may read without computing. */
class ZoneEngineCacheTest {
    private static final Instant END_26 = ReportedTime.endOfDay(DatasetBuilder.D26);
    private static final Instant END_30 = ReportedTime.endOfDay(LocalDate.of(2024, 11, 30));

    private static Dataset twoCities() {
        return new DatasetBuilder()
                .locality("aleppo", LocalityKind.CITY, 36.20124, 37.16117, "GOV", 1_602_264L)
                .locality("idlib", LocalityKind.CITY, 35.93, 36.63, "HTS", 160_000L)
                .captured("aleppo", LocalDate.of(2024, 11, 30), "GOV", "HTS")
                .build();
    }

    @Test
    void cachedSnapshot_isEmptyUntilComputed_thenTheSnapshotItself() {
        ZoneEngine e = ZoneEngine.forDataset(twoCities());
        assertTrue(e.cachedSnapshotAt(END_30).isEmpty());
        ZoneSnapshot computed = e.snapshotAt(END_30);
        assertSame(computed, e.cachedSnapshotAt(END_30).orElseThrow());
        assertSame(computed, e.cachedSnapshotAt(END_30.plusSeconds(3600)).orElseThrow(), "a later instant, same change");
        assertTrue(e.cachedSnapshotAt(END_26).isEmpty(), "reading the cache computes nothing");
    }

    @Test
    void afterPrecompute_everyInstantIsCached() {
        ZoneEngine e = ZoneEngine.forDataset(twoCities());
        e.precompute(new org.sitmap.task.CancellationFlag().silentProgress());
        assertSame(e.snapshotAt(END_26), e.cachedSnapshotAt(END_26).orElseThrow());
        assertSame(e.snapshotAt(END_30), e.cachedSnapshotAt(END_30).orElseThrow());
    }
}
