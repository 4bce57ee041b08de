package org.sitmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.ImportService;
import org.sitmap.interop.acled.AcledActorMap;
import org.sitmap.interop.acled.AcledImporter;
import org.sitmap.store.SituationService;
import org.sitmap.store.StoreException;

/**
 * The ACLED import rate: a generated export ({@link AcledCsvGenerator}) imported with {@link ImportService} into a
 * fresh store (the path the command line and the window take), against the {@code sqlite3} shell's {@code .import}
 * of the same file into a plain table, timed in the same run; and the heap the import leaves behind.
 */
final class ImportFigures {
    /** The import should reach half the shell's rate (issue 18). */
    static final double RATIO_TARGET = 0.5;

    private ImportFigures() {
    }

    /**
     * @param situations opens the situation stored in a database file (the composition root's store)
     * @param notes      told what could not be measured, one line each
     */
    static List<Figure> measure(Function<Path, SituationService> situations, int scale, Consumer<String> notes)
            throws IOException, StoreException, ImportException, InterruptedException {
        String label = "scale " + scale;
        Path dir = Files.createTempDirectory("sitmap-bench-acled");
        try {
            Path csv = dir.resolve("acled.csv");
            new AcledCsvGenerator().write(scale, 1, csv);
            long rows = (long) AcledCsvGenerator.ROWS * scale;
            List<Figure> out = new ArrayList<>();
            double before;
            long t;
            ImportReport report;
            try (SituationService.Opened opened = situations.apply(dir.resolve("sitmap.db")).open()) {
                before = Stopwatch.usedHeapMb();  // the store is built and its built-in data loaded: not timed
                t = System.nanoTime();
                report = new ImportService(opened.store()).run(new AcledImporter(AcledActorMap.defaults()), csv, ZoneFigures.SILENT);
            }
            double seconds = Stopwatch.msSince(t) / 1000;
            if (report.addedCount() != rows) throw new IOException("the import added " + report.addedCount() + " of " + rows + " rows");
            double rate = rows / seconds;
            out.add(new Figure("ACLED import (ImportService, fresh store)", label, rate, "rows/s", Double.NaN, true));
            out.add(new Figure("heap used after the ACLED import, above before it", label,
                    Stopwatch.usedHeapMb() - before, "MB", Double.NaN));
            double shell = sqlite3Seconds(csv, dir.resolve("plain.db"));
            if (Double.isNaN(shell)) {
                notes.accept("sqlite3 not found, ratio not measured");
            } else {
                out.add(new Figure("sqlite3 shell .import of the same CSV", label, rows / shell, "rows/s", Double.NaN, true));
                out.add(new Figure("ACLED import rate ÷ sqlite3 .import rate", label, shell / seconds, "×", RATIO_TARGET, true));
            }
            return out;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Seconds the {@code sqlite3} shell takes to import {@code csv} into a new plain table, or NaN without the shell. */
    private static double sqlite3Seconds(Path csv, Path db) throws IOException, InterruptedException {
        long t = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("sqlite3", db.toString(), ".mode csv", ".import \"" + csv + "\" t")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Double.NaN;  // not on PATH
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("sqlite3 .import did not finish in 10 minutes");
        }
        double s = Stopwatch.msSince(t) / 1000;
        if (p.exitValue() != 0) throw new IOException("sqlite3 .import failed (exit " + p.exitValue() + ")");
        return s;
    }
}
