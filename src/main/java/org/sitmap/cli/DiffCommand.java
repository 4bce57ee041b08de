package org.sitmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.geo.ZoneDiff;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.io.geojson.GeoJsonFeatureWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diff}: km² each faction gained and lost between two dates. */
@Command(name = "diff", description = {"Km² each faction gained and lost between two dates.",
        "Dates mean the end of those days in Syria (UTC+3)."})
final class DiffCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The earlier day.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The later day.")
    LocalDate to;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE.geojson",
            description = "Also write the gained and lost areas as GeoJSON (properties faction, change, area_km2).")
    Path outFile;

    @Override
    public Integer call() throws Exception {
        if (from.isAfter(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to
                    + ": give the earlier day as --from");
        }
        Instant a = Instants.of(from, null), b = Instants.of(to, null);
        ZoneDiff diff = ZoneEngine.forDataset(root.situation().load()).diff(a, b);
        PrintWriter out = spec.commandLine().getOut();
        if (outFile != null) writeGeoJson(diff);
        if (json) {
            ObjectNode o = JSON.createObjectNode().put("from", Instants.format(a)).put("to", Instants.format(b));
            ArrayNode fs = o.putArray("factions");
            for (ZoneDiff.FactionChange c : diff.factions()) {
                fs.addObject().put("faction", c.faction()).put("gained_km2", round(c.gainedKm2()))
                        .put("lost_km2", round(c.lostKm2())).put("net_km2", round(c.gainedKm2() - c.lostKm2()));
            }
            ArrayNode ps = o.putArray("successions");
            for (ZoneDiff.Passed p : diff.successions()) {
                ObjectNode n = ps.addObject().put("from", p.from()).put("to", p.to()).put("area_km2", round(p.areaKm2()));
                ArrayNode via = n.putArray("via");
                p.via().forEach(s -> via.addObject().put("id", s.id()).put("date", s.when().toString())
                        .put("kind", s.kind().name().toLowerCase(Locale.ROOT)));
            }
            out.println(o);
            return 0;
        }
        out.printf("control from %s to %s (km²)%n", Instants.format(a), Instants.format(b));
        out.printf("%-8s %12s %12s %12s%n", "faction", "gained", "lost", "net");
        for (ZoneDiff.FactionChange c : diff.factions()) {
            out.printf(Locale.ROOT, "%-8s %12.1f %12.1f %+12.1f%n", c.faction(), c.gainedKm2(), c.lostKm2(),
                    c.gainedKm2() - c.lostKm2());
        }
        for (ZoneDiff.Passed p : diff.successions()) {
            out.printf(Locale.ROOT, "succession: %s -> %s %.1f km² (%s), not a loss%n", p.from(), p.to(), p.areaKm2(),
                    String.join(", ", p.via().stream().map(s -> s.when().date() + " " + s.kind().name().toLowerCase(Locale.ROOT)).toList()));
        }
        return 0;
    }

    private void writeGeoJson(ZoneDiff diff) throws java.io.IOException {
        GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(6);
        ObjectNode fc = writer.collection(members -> members.put("from", Instants.format(diff.from()))
                .put("to", Instants.format(diff.to())));
        for (ZoneDiff.FactionChange c : diff.factions()) {
            feature(writer, fc, c.faction(), "gained", c.gainedKm2(), c.gained());
            feature(writer, fc, c.faction(), "lost", c.lostKm2(), c.lost());
        }
        if (outFile.toAbsolutePath().getParent() != null) Files.createDirectories(outFile.toAbsolutePath().getParent());
        Files.writeString(outFile, fc + "\n", StandardCharsets.UTF_8);
    }

    private static void feature(GeoJsonFeatureWriter writer, ObjectNode fc, String faction, String change, double km2,
            Geometry g) {
        if (g == null || g.isEmpty()) return;
        writer.addFeature(fc, g).put("faction", faction).put("change", change).put("area_km2", round(km2));
    }

    private static double round(double km2) {
        return Math.round(km2 * 100) / 100.0;
    }
}
