package org.sitmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Source;
import org.sitmap.geo.PointDetails;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code control-at}: who held a point at an instant, since when, decided by which locality, on whose word. */
@Command(name = "control-at", description = {
        "Who controlled a point: faction, since when, the locality that decides it and the sources.",
        "A date means the end of that day in Syria (UTC+3); --time HH:MM gives a local time.",
        "Batch: --points FILE.csv with lines date,lat,lon (optional header; date may be YYYY-MM-DDTHH:MM);",
        "one result per line, in order."})
final class ControlAtCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (its end, in Syria's time).")
    LocalDate date;

    @Option(names = "--time", paramLabel = "HH:MM", description = "Local time in Syria (UTC+3) on that day.")
    LocalTime time;

    @Option(names = "--points", paramLabel = "FILE.csv", description = "Answer every date,lat,lon line of a CSV file.")
    Path points;

    @Option(names = "--json", description = "One JSON object per result, one per line.")
    boolean json;

    @Parameters(arity = "0..2", paramLabel = "LAT LON", description = "Latitude and longitude, decimal degrees.")
    List<Double> latLon = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (points != null) {
            if (date != null || time != null || !latLon.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--points takes its dates and positions from the file: drop --date, --time, LAT and LON");
            }
            return batch(out, spec.commandLine().getErr());
        }
        if (date == null || latLon.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --date YYYY-MM-DD and LAT LON (or --points FILE.csv)");
        }
        GeoPoint p;
        try {
            p = new GeoPoint(latLon.get(0), latLon.get(1));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Dataset d = SituationLoader.load(root);
        ZoneEngine engine = ZoneEngine.forDataset(d);
        print(out, answer(engine, d, Instants.of(date, time), p, null));
        return 0;
    }

    private int batch(PrintWriter out, PrintWriter err) throws IOException, StoreException {
        if (!Files.isRegularFile(points)) {
            err.println("error: " + points + " is not a readable file");
            return 2;
        }
        List<String> lines = Files.readAllLines(points, StandardCharsets.UTF_8);
        Dataset d = SituationLoader.load(root);
        ZoneEngine engine = ZoneEngine.forDataset(d);
        int bad = 0;
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int number = i + 1;
            String[] f = line.split(",", -1);
            if (first && isHeader(f)) {
                first = false;
                continue;
            }
            first = false;
            try {
                if (f.length != 3) throw new IllegalArgumentException("expected date,lat,lon but found " + f.length + " field(s)");
                Instant at = Instants.parse(f[0]);
                GeoPoint p = new GeoPoint(number(f[1], "latitude"), number(f[2], "longitude"));
                print(out, answer(engine, d, at, p, number));
            } catch (IllegalArgumentException e) {
                bad++;
                err.printf("%s:%d: %s%n", points, number, e.getMessage());
                ObjectNode o = JSON.createObjectNode().put("line", number).put("error", e.getMessage());
                if (json) out.println(o);
                else out.printf("line %d: error: %s%n", number, e.getMessage());
            }
        }
        if (bad > 0) err.printf("%d bad line(s) in %s%n", bad, points);
        return bad > 0 ? 1 : 0;
    }

    private static boolean isHeader(String[] fields) {
        try {
            Instants.parse(fields[0]);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text.strip() + "' is not a number");
        }
    }

    /** The answer for one point as a JSON object (also the source of the text form). */
    static ObjectNode answer(ZoneEngine engine, Dataset d, Instant at, GeoPoint p, Integer line) {
        ObjectNode o = JSON.createObjectNode();
        if (line != null) o.put("line", line);
        o.put("date", Instants.format(at)).put("lat", p.lat()).put("lon", p.lon());
        Optional<PointDetails> found = engine.detailsAt(at, p);
        if (found.isEmpty()) {
            o.put("status", "outside").putNull("faction").putNull("since").putNull("locality");
            o.putArray("sources");
            return o;
        }
        PointDetails pd = found.get();
        o.put("status", pd.zone().status().name().toLowerCase(Locale.ROOT));
        o.put("faction", pd.faction());
        if (pd.contestedBy() != null) o.put("contested_by", pd.contestedBy());
        o.put("since", Instants.format(pd.since()));
        if (pd.decidingLocality() == null) {
            o.putNull("locality");
        } else {
            ObjectNode l = o.putObject("locality");
            l.put("id", pd.decidingLocality().id()).put("name", pd.decidingLocality().nameEn())
                    .put("name_ar", pd.decidingLocality().nameAr())
                    .put("kind", pd.decidingLocality().kind().name().toLowerCase(Locale.ROOT))
                    .put("distance_km", Math.round(pd.decidingLocality().point().distanceKm(p) * 100) / 100.0);
        }
        ArrayNode sources = o.putArray("sources");
        for (Source s : sources(d, pd)) {
            sources.addObject().put("outlet", s.outlet()).put("title", s.title()).put("date", s.published())
                    .put("url", s.url());
        }
        return o;
    }

    /** Sources of the deciding locality's changes from {@code since} up to the instant asked: the current state's. */
    private static List<Source> sources(Dataset d, PointDetails pd) {
        Map<String, Source> out = new LinkedHashMap<>();
        if (pd.since() == null) return List.of();
        for (ControlChange c : pd.localityHistory()) {
            Instant when = c.when().instant();
            if (when.isBefore(pd.since()) || when.isAfter(pd.at())) continue;
            for (Citation cit : c.citations()) d.source(cit.sourceId()).ifPresent(s -> out.putIfAbsent(s.id(), s));
        }
        return List.copyOf(out.values());
    }

    private void print(PrintWriter out, ObjectNode o) {
        if (json) {
            out.println(o);
            return;
        }
        StringBuilder b = new StringBuilder();
        if (o.has("line")) b.append("line ").append(o.get("line").asInt()).append(": ");
        b.append(o.get("date").asText()).append(String.format(Locale.ROOT, " %.5f,%.5f  ", o.get("lat").asDouble(), o.get("lon").asDouble()));
        switch (o.get("status").asText()) {
            case "outside" -> b.append("outside the mapped area (Syria north of 34.6° N)");
            case "no_data" -> b.append("no data: no sourced locality near enough");
            default -> {
                b.append(o.get("faction").asText());
                if (o.has("contested_by")) b.append(" (contested by ").append(o.get("contested_by").asText()).append(')');
                b.append(" since ").append(o.get("since").asText());
                var l = o.get("locality");
                b.append("  decided by ").append(l.get("name").asText()).append(" (").append(l.get("id").asText())
                        .append(", ").append(l.get("kind").asText()).append(String.format(Locale.ROOT, ", %.1f km)", l.get("distance_km").asDouble()));
                List<String> srcs = new ArrayList<>();
                o.get("sources").forEach(s -> srcs.add(s.get("outlet").asText()
                        + (s.get("date").asText().isEmpty() ? "" : " " + s.get("date").asText()) + " " + s.get("url").asText()));
                if (!srcs.isEmpty()) b.append("  sources: ").append(String.join("; ", srcs));
            }
        }
        out.println(b);
    }
}
