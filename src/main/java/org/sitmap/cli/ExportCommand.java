package org.sitmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.interop.ExportData;
import org.sitmap.interop.ExportFormat;
import org.sitmap.task.CancellationFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export}: the zones of every snapshot, the events and their sources, for QGIS, Google Earth or a spreadsheet. */
@Command(name = "export", description = {"Export the map's data: geopackage (zones of every snapshot with valid_from/"
        + "valid_to, localities, events, sources, QGIS styles), kml (TimeSpan per zone, TimeStamp per event; a .kmz "
        + "name adds the legend), geojson (zones of every snapshot with their validity), csv (events with their "
        + "sources, one row per event and source).",
        "--from/--to limit the period (whole days in Syria's time, both included)."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "geopackage, kml, geojson or csv",
            converter = FormatConverter.class)
    ExportFormat format;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.gpkg, .kml or .kmz, .geojson, .csv).")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period.")
    LocalDate to;

    @Option(names = "--excel", description = "CSV only: start with a byte-order mark so Excel reads UTF-8.")
    boolean excel;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (from != null && to != null && to.isBefore(from)) {
            err.println("error: --to " + to + " is before --from " + from);
            return 2;
        }
        Dataset dataset = root.situation().load();
        var progress = new CancellationFlag().silentProgress();
        ExportData data = ExportData.of(dataset, ZoneEngine.forDataset(dataset), from, to, progress);
        format.exporter(out, excel).write(data, out, progress);
        o.printf(Locale.ROOT, "wrote %s: %d snapshots, %d zones, %d events%n", out, data.snapshots().size(),
                data.snapshots().stream().mapToInt(s -> s.zones().size()).sum(), data.events().size());
        return 0;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
