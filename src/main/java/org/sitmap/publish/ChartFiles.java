package org.sitmap.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.svg.SVGGraphics2D;
import org.sitmap.domain.Dataset;

/** Writes the area-over-time chart as PNG, SVG (text as text) or CSV, by the file's extension. */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** Writes {@code series} to {@code out}: .csv figures, or a .png/.svg chart of {@code width × height}. */
    public static void write(AreaSeries series, Dataset dataset, Provenance provenance, Path out, int width, int height)
            throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        MapFiles.createParent(out);
        if (name.endsWith(".csv")) {
            writeCsv(series, out);
            return;
        }
        MapFiles.Format format = MapFiles.Format.of(out);
        AreaChart chart = new AreaChart(series, dataset, provenance, width, height);
        String title = "Km² held per faction, " + series.days().get(0).date() + " to "
                + series.days().get(series.days().size() - 1).date();
        if (format == MapFiles.Format.PNG) {
            MapFiles.writePng(chart.render(), out, provenance, title);
        } else {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            chart.draw(g);
            MapFiles.writeSvg(g, out, provenance, title);
        }
    }

    /** One row per day: date, km² per faction ({@code <ID>_km2}, contested counted for the holder), contested_km2, events. */
    public static void writeCsv(AreaSeries series, Path out) throws IOException {
        List<String> header = new ArrayList<>(List.of("date"));
        series.factions().forEach(f -> header.add(f + "_km2"));
        header.add("contested_km2");
        header.add("events");
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (AreaSeries.Day d : series.days()) {
                List<Object> row = new ArrayList<>();
                row.add(d.date());
                series.factions().forEach(f -> row.add(km2(d.held(f))));
                row.add(km2(d.contested()));
                row.add(d.events());
                p.printRecord(row);
            }
        }
    }

    private static String km2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
