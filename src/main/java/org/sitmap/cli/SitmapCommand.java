package org.sitmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Version;
import org.sitmap.io.Printable;
import org.sitmap.store.SituationService;
import org.sitmap.store.StoreNotice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The headless command line: {@code sitmap [--db PATH] COMMAND ...}.
 *
 * <p>A command gets the situation (the store, built-in data current) from the root, which applies {@code --db}:
 * a direct subcommand declares {@code @ParentCommand SitmapCommand root;} and calls {@code root.situation()}; a
 * command nested deeper declares {@code @Spec CommandSpec spec;} and calls {@code SitmapCommand.situation(spec)}.
 * New commands are listed in {@code subcommands} below.
 */
@Command(name = "sitmap", mixinStandardHelpOptions = true, versionProvider = SitmapCommand.VersionProvider.class,
        description = "Offline situation map of northern Syria: who controlled what, when, and on whose word.%n"
                + "Run with no arguments to open the map window.",
        subcommands = {ValidateCommand.class, InfoCommand.class, ControlAtCommand.class, ZonesCommand.class,
                DiffCommand.class, RenderCommand.class, ChartCommand.class, AnimateCommand.class, DossierCommand.class,
                ImportCommand.class, ProposalsCommand.class, ExportCommand.class, CheckCommand.class,
                GenerateCommand.class, BenchCommand.class, EditCommand.class, CommandLine.HelpCommand.class})
public final class SitmapCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "Database file to use instead of the default in the user's data directory.")
    Path db;

    private final AppPaths paths;
    private final Function<Path, SituationService> situations;
    private final PrintWriter err;
    private final Set<String> told = new HashSet<>();

    private SitmapCommand(AppPaths paths, Function<Path, SituationService> situations, PrintWriter err) {
        this.paths = paths;
        this.situations = situations;
        this.err = err;
    }

    /** The database every command works on: {@code --db} when given, else the user's default. */
    public Path database() {
        return db != null ? db : paths.database();
    }

    /** Where the user's files live (data, settings, log, cache). */
    public AppPaths paths() {
        return paths;
    }

    /**
     * The situation in {@link #database()}: open it, with its built-in data current, through this service. What the
     * user should know about an opening (a damaged file kept aside, read-only, open elsewhere, built-in data not
     * updated) goes to stderr, one line each, once per command however often it opens the store.
     */
    public SituationService situation() {
        SituationService service = situations.apply(database());
        return () -> {
            SituationService.Opened opened = service.open();
            for (StoreNotice n : opened.notices()) {
                if (told.add(n.message())) err.println("note: " + Printable.of(n.message(), 2000));
            }
            return opened;
        };
    }

    /** The situation stored in {@code database}, opened as every command opens it (for a store the command makes). */
    public SituationService situationAt(Path database) {
        return situations.apply(database);
    }

    /** The situation for any command in the tree of {@code spec} (for commands nested below a subcommand). */
    public static SituationService situation(CommandSpec spec) {
        return ((SitmapCommand) spec.root().userObject()).situation();
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /**
     * Parses and runs {@code args}, printing to the given writers; returns the exit code.
     *
     * @param situations opens the situation stored in a database file (the default or {@code --db})
     */
    public static int run(AppPaths paths, Function<Path, SituationService> situations, PrintWriter out,
            PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SitmapCommand(paths, situations, err));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // the log file keeps the detail (INFO: not echoed on the console); the user gets one line
            org.slf4j.LoggerFactory.getLogger(SitmapCommand.class).info("Command failed", ex);
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
