package org.sitmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DataProblem;
import org.sitmap.io.DatasetReader;
import org.sitmap.io.DatasetValidator;
import org.sitmap.io.ReadResult;
import picocli.CommandLine.Command;
import org.sitmap.io.SourcingCheck;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate [DIR]}: checks a dataset directory (default: the embedded one) and prints counts and problems. */
@Command(name = "validate", description = "Check a dataset directory (default: the built-in dataset); "
        + "prints counts, and file:line: message for each problem.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Directory holding factions.csv, localities.csv, "
            + "sources.csv, control.jsonl and events.jsonl (successions.jsonl and aliases.csv are optional).")
    Path dir;

    @Option(names = "--sourcing", description = "Also print the sourcing report: rows whose excerpts never name their "
            + "place, confidence against the rule, duplicate sources, reused excerpts, late sources, and the shares.")
    boolean sourcing;

    @Option(names = "--onto-builtin", description = "DIR holds additions to the built-in data (e.g. exported edits): "
            + "check them laid over it, as if their lines were added to data/.")
    boolean ontoBuiltin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (dir != null && !Files.isDirectory(dir)) {
            err.println("error: " + dir + " is not a directory");
            return 2;
        }
        DataFiles files = dir == null ? DataFiles.embedded() : DataFiles.fromDirectory(dir);
        // The sourcing report and the overlay check need every event; plain validation streams them, so any size fits.
        boolean whole = sourcing || ontoBuiltin;
        ReadResult read = whole ? new DatasetReader().read(files) : null;
        DatasetValidator.Streamed streamed = whole ? null : new DatasetValidator().validateStreaming(new DatasetReader(), files);
        List<DataProblem> problems = ontoBuiltin
                ? org.sitmap.io.DatasetOverlay.validate(new DatasetReader().read(DataFiles.embedded()).dataset(), read)
                : sourcing ? new DatasetValidator().validate(read) : streamed.problems();
        Dataset d = whole ? read.dataset() : streamed.dataset();
        long events = whole ? d.events().size() : streamed.events();
        long outlets = d.sources().stream().map(s -> s.outlet()).distinct().count();
        out.printf("%s%n", files.origin());
        out.printf("factions: %d%nlocalities: %d%nsources: %d (from %d outlets)%ncontrol changes: %d (%d after the status quo)%nevents: %d%n",
                d.factions().size(), d.localities().size(), d.sources().size(), outlets, d.changes().size(),
                d.changes().stream().filter(c -> c.kind() != org.sitmap.domain.ChangeKind.STATUS_QUO).count(),
                events);
        if (sourcing) new SourcingPrinter(out).print(d, new SourcingCheck().check(d));
        for (DataProblem p : problems) err.println(p);
        if (!problems.isEmpty()) {
            err.printf("%d problem(s) found%n", problems.size());
            return 1;
        }
        out.println("OK: no problems found");
        return 0;
    }
}
