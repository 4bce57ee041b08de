package org.sitmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zones}: the control zones at an instant as GeoJSON. */
@Command(name = "zones", description = {"The control zones at a date as a GeoJSON FeatureCollection (properties "
        + "faction, contested_by, status, since, area_km2, localities).",
        "A date means the end of that day in Syria (UTC+3)."})
final class ZonesCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AtDateOptions at;

    @Option(names = "--out", paramLabel = "FILE.geojson", description = "Write to this file (default: standard output).")
    Path outFile;

    @Override
    public Integer call() throws Exception {
        Instant at = this.at.instant();
        ZoneSnapshot snapshot = ZoneEngine.forDataset(root.situation().load()).snapshotAt(at);
        String json = ZonesGeoJson.of(snapshot, at).toString();
        PrintWriter out = spec.commandLine().getOut();
        if (outFile == null) {
            out.println(json);
            return 0;
        }
        if (outFile.toAbsolutePath().getParent() != null) Files.createDirectories(outFile.toAbsolutePath().getParent());
        Files.writeString(outFile, json + "\n", StandardCharsets.UTF_8);
        for (Zone z : snapshot.zones()) {
            out.printf(Locale.ROOT, "%-9s %-4s%s %10.1f km²  %d localities%n", z.status().name().toLowerCase(Locale.ROOT),
                    z.faction() == null ? "-" : z.faction(), z.contestedBy() == null ? "" : " vs " + z.contestedBy(),
                    z.areaKm2(), z.localityIds().size());
        }
        out.println("wrote " + outFile);
        return 0;
    }
}
