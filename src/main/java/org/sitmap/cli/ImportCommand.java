package org.sitmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportFormat;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.ImportService;
import org.sitmap.interop.acled.AcledActorMap;
import org.sitmap.store.SituationService;
import org.sitmap.store.SituationStore;
import org.sitmap.task.CancellationFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import}: files into the user's part of the store, each file one transaction. */
@Command(name = "import", description = {"Import files into your part of the database (never the built-in data).",
        "Each file is one transaction: a file with any problem changes nothing, and its problems are printed as "
                + "file:line: message. Formats: acled (ACLED CSV export), geojson, kml (KML or KMZ), dataset (a folder "
                + "like data/)."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "acled, geojson, kml or dataset", converter = FormatConverter.class)
    ImportFormat format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files (or dataset folders) to import.")
    List<Path> files;

    @Option(names = "--actors", paramLabel = "FILE.csv", description = "ACLED actor → faction mapping "
            + "(actor,faction,note) instead of the built-in one for Syria.")
    Path actors;

    @Option(names = "--report", paramLabel = "FILE.txt", description = "Also write the import report(s) to this file.")
    Path reportFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        AcledActorMap map = actors == null ? AcledActorMap.defaults() : AcledActorMap.fromFile(actors);
        int exit = 0;
        StringBuilder reports = new StringBuilder();
        try (SituationService.Opened situation = root.situation().open()) {
            SituationStore store = situation.store();
            ImportService service = new ImportService(store);
            for (Path file : files) {
                if (!Files.exists(file)) {
                    err.println(file + ": no such file");
                    exit = 1;
                    continue;
                }
                try {
                    ImportReport report = service.run(format.importer(map), file, new CancellationFlag().silentProgress());
                    out.print(report.toText());
                    reports.append(report.toText()).append('\n');
                } catch (ImportException e) {
                    e.problems().forEach(err::println);
                    err.println(file.getFileName() + ": nothing imported");
                    exit = 1;
                }
            }
        }
        if (reportFile != null) Files.writeString(reportFile, reports.toString(), StandardCharsets.UTF_8);
        return exit;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String value) {
            return ImportFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
