package org.sitmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.io.Printable;
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
        "Batch: --points FILE.csv, lines date,lat,lon (optional header; a date may be YYYY-MM-DDTHH:MM): one "
                + "result per line, in order."})
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
        Dataset d = root.situation().load();
        ZoneEngine engine = ZoneEngine.forDataset(d);
        print(out, ControlAnswer.answer(engine, d, Instants.of(date, time), p, null));
        return 0;
    }

    private int batch(PrintWriter out, PrintWriter err) throws IOException, StoreException {
        if (!Files.isRegularFile(points)) {
            err.println("error: " + points + " is not a readable file");
            return 2;
        }
        Dataset d = root.situation().load();
        ZoneEngine engine = ZoneEngine.forDataset(d);
        int bad = 0;
        try (PointsFile file = new PointsFile(Files.newInputStream(points))) {
            for (PointsFile.Entry e; (e = file.next()) != null; ) {
                if (e.error() == null) {
                    print(out, ControlAnswer.answer(engine, d, e.at(), e.point(), (int) e.line()));
                    continue;
                }
                bad++;
                String message = Printable.of(e.error());
                err.printf("%s:%d: %s%n", points, e.line(), message);
                ObjectNode o = JSON.createObjectNode().put("line", e.line()).put("error", message);
                if (json) out.println(o);
                else out.printf("line %d: error: %s%n", e.line(), message);
            }
        }
        if (bad > 0) err.printf("%d bad line(s) in %s%n", bad, points);
        return bad > 0 ? 1 : 0;
    }

    private void print(PrintWriter out, ObjectNode o) {
        out.println(json ? o.toString() : ControlAnswer.text(o));
    }
}
