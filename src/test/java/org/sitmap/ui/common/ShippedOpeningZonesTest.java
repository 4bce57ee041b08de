package org.sitmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshotCache;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.platform.Version;

/** The build ships the zones a first start on the embedded data opens on, and they are the engine's. */
class ShippedOpeningZonesTest {
    @TempDir
    Path home;

    @Test
    void theClassesCarryTheOpeningZonesOfTheEmbeddedData_equalToTheEngines() {
        Assumptions.assumeTrue(Version.build() != null, "classes built by Maven, which runs ShippedOpeningZones");
        assertNotNull(ZoneSnapshotCache.class.getResource(ZoneSnapshotCache.SHIPPED), "written at process-classes");
        Dataset d = new DatasetReader().read(DataFiles.embedded()).dataset();
        AtomicInteger built = new AtomicInteger();
        ZoneEngine opened = ZoneSnapshotCache.withShippedZones(home.resolve("opening-zones.bin"), Version.build())
                .engine(d, data -> {
                    built.incrementAndGet();
                    return ZoneEngine.forDataset(data);
                });
        ZoneEngine engine = ZoneEngine.forDataset(d);
        Instant at = SituationViewModel.openingInstant(d, SituationViewModel.BEFORE_DATA);
        for (Instant i : SituationViewModel.openingSnapshots(at)) assertEquals(engine.snapshotAt(i), opened.snapshotAt(i));
        assertEquals(0, built.get(), "a first start's zones come from the jar, not from a new engine");
    }
}
