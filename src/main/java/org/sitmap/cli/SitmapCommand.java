package org.sitmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The headless command line: {@code sitmap [--db PATH] COMMAND ...}. */
@Command(name = "sitmap", mixinStandardHelpOptions = true, versionProvider = SitmapCommand.VersionProvider.class,
        description = "Offline situation map of northern Syria: who controlled what, when, and on whose word.%n"
                + "Run with no arguments to open the map window.",
        subcommands = {ValidateCommand.class, StatsCommand.class, ControlAtCommand.class, ZonesCommand.class,
                DiffCommand.class, RenderCommand.class, ChartCommand.class, AnimateCommand.class, DossierCommand.class,
                ImportCommand.class, ProposalsCommand.class, ExportCommand.class, CheckCommand.class,
                GenerateCommand.class, BenchCommand.class, EditCommand.class, CommandLine.HelpCommand.class})
public final class SitmapCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "Database file to use instead of the default in the user's data directory.")
    Path db;

    AppPaths paths;

    /** The database every command works on: {@code --db} when given, else the user's default. */
    Path database() {
        return db != null ? db : paths.database();
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** Parses and runs {@code args}; returns the exit code. */
    public static int run(AppPaths paths, String... args) {
        return run(paths, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Parses and runs {@code args}, printing to the given writers; returns the exit code. */
    public static int run(AppPaths paths, java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        SitmapCommand root = new SitmapCommand();
        root.paths = paths;
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            org.slf4j.LoggerFactory.getLogger(SitmapCommand.class).debug("Command failed", ex);
            commandLine.getErr().println("error: " + ErrorText.of(ex));
            return 2;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: not enough memory for this input. Give Java more (e.g. java -Xmx2g -jar sitmap.jar ...)"
                    + " or split the file.");
            return 2;
        } finally {
            out.flush(); // commands print() reports without a newline flush
            err.flush();
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sitmap " + Version.current()};
        }
    }
}
