package org.sitmap.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshotCache;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.platform.Logging;
import org.sitmap.platform.Version;

/**
 * Build step ({@code pom.xml}, phase {@code process-classes}): computes the zones a first start on the embedded
 * dataset opens on, with this build's engine, and writes them where {@link ZoneSnapshotCache#SHIPPED} finds them in
 * the jar. A first start then draws them instead of cutting the map into faces in a JVM that has compiled none of
 * that code yet (issue 18, cold start). They carry this build's identity and the data's hash, so a start with
 * other data, or another build, computes its own.
 */
public final class ShippedOpeningZones {
    private ShippedOpeningZones() {
    }

    /** {@code args[0]}: the classes directory to write into. */
    public static void main(String[] args) throws IOException {
        Logging.warningsOnly();  // a build step: the engine's debug lines are not for the build's output
        Path out = Path.of(args[0]).resolve(ZoneSnapshotCache.SHIPPED.substring(1));
        String build = Version.build();
        if (build == null) throw new IOException("no build identity on the class path: run through Maven");
        Dataset d = new DatasetReader().read(DataFiles.embedded()).dataset();
        // Where a first start opens: before it knows the data, the window's instant is BEFORE_DATA.
        Instant at = SituationViewModel.openingInstant(d, SituationViewModel.BEFORE_DATA);
        Files.deleteIfExists(out);  // a copy from an earlier build: store() below would not write over equal instants
        new ZoneSnapshotCache(out, build).store(d, ZoneEngine.forDataset(d),
                SituationViewModel.openingSnapshots(at).toArray(Instant[]::new));
        if (!Files.exists(out)) throw new IOException("the shipped opening zones were not written to " + out);
    }
}
