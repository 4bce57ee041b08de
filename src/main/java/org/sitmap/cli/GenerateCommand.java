package org.sitmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.bench.AcledCsvGenerator;
import org.sitmap.bench.ScaleDatasetGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: a synthetic dataset folder at a multiple of the shipped size, for benchmarks. */
@Command(name = "generate", description = {"Write a synthetic dataset folder for benchmarks: 50 localities, 200 control "
        + "changes over 365 days and 2,000 events per unit of scale, clustered around the cities, with fronts that move.",
        "Every row is marked synthetic. The same scale and seed give identical files; `validate DIR` accepts them.",
        "--acled FILE also writes an ACLED export of 2,000 rows per unit of scale, for the import benchmark."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "100", paramLabel = "N", description = "Size in units (default ${DEFAULT-VALUE}: 5,000 localities).")
    int scale;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created if needed).")
    Path out;

    @Option(names = "--acled", paramLabel = "FILE.csv", description = "Also write a synthetic ACLED export of 2,000 rows per unit.")
    Path acled;

    @Override
    public Integer call() throws Exception {
        if (scale < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scale must be at least 1");
        new ScaleDatasetGenerator().write(scale, seed, out);
        spec.commandLine().getOut().printf("wrote a synthetic dataset (scale %d, seed %d) to %s%n", scale, seed, out);
        if (acled != null) {
            new AcledCsvGenerator().write(scale, seed, acled);
            spec.commandLine().getOut().printf("wrote a synthetic ACLED export (%,d rows) to %s%n", (long) AcledCsvGenerator.ROWS * scale, acled);
        }
        return 0;
    }
}
