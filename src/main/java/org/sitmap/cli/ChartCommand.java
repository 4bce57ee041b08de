package org.sitmap.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.publish.AreaSeries;
import org.sitmap.publish.ChartFiles;
import org.sitmap.task.CancellationFlag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chart}: km² held per faction per day (and events per day), as a PNG/SVG chart or CSV figures. */
@Command(name = "chart", description = {"Km² held by each faction at the end of every day, contested land apart, "
        + "with the events per day: a stacked-area chart (PNG or SVG) or the figures (CSV), the same as diff's.",
        "Default period: the dataset's, from its first to its last dated change or event."})
final class ChartCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg|FILE.csv", description = "The file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: the dataset's first).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the dataset's last).")
    LocalDate to;

    @Option(names = "--width", paramLabel = "PX", description = "Chart width in pixels (default ${DEFAULT-VALUE}).")
    int width = 1600;

    @Option(names = "--height", paramLabel = "PX", description = "Chart height in pixels (default ${DEFAULT-VALUE}).")
    int height = 900;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg") && !name.endsWith(".csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), out.getFileName()
                    + ": the file name must end in .png, .svg or .csv");
        }
        if (width < 400 || height < 300) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a chart needs at least 400×300 pixels");
        }
        LoadedSituation s = LoadedSituation.load(root);
        LocalDate[] period = AreaSeries.period(s.dataset());
        LocalDate a = from == null ? period[0] : from, b = to == null ? period[1] : to;
        if (b.isBefore(a)) throw new CommandLine.ParameterException(spec.commandLine(), "--to is before --from");
        AreaSeries series = AreaSeries.compute(ZoneEngine.forDataset(s.dataset()), s.dataset(), a, b,
                new CancellationFlag().silentProgress());
        ChartFiles.write(series, s.dataset(), s.provenance(), out, width, height);
        spec.commandLine().getOut().printf("wrote %s: %d days, %s to %s%n", out, series.days().size(), a, b);
        return 0;
    }
}
