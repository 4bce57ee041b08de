package org.sitmap.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sitmap.bench.WindowProtocol;
import org.sitmap.cli.SitmapCommand;
import org.sitmap.interop.ImportFormat;
import org.sitmap.io.DataFiles;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Logging;
import org.sitmap.store.SituationService;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreSituationService;
import org.sitmap.ui.SitmapApp;
import org.sitmap.ui.bench.FirstFrameProbe;
import org.sitmap.ui.bench.ScrubProbe;
import org.sitmap.ui.bench.WindowProbe;

/**
 * Entry point and composition root. With no arguments it opens the main window, and with one importable file (a
 * desktop file association) the window offers to import it; any other arguments run the command line headless. Both get the situation through {@link #situationAt}, the one place that picks the store.
 * A plain class, not the {@code Application}: JavaFX refuses to start an Application main class from the classpath.
 */
public final class Main {
    private Main() {
    }

    /**
     * The file a desktop opened Sitmap with ({@code sitmap theirs.kml}, from a file association): one argument that
     * is an existing file of a format Sitmap imports. Anything else is a command line.
     */
    static java.util.Optional<Path> fileToOpen(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) return java.util.Optional.empty();
        try {
            Path p = Path.of(args[0]);
            return java.nio.file.Files.isRegularFile(p) && ImportFormat.guess(p).isPresent()
                    ? java.util.Optional.of(p.toAbsolutePath()) : java.util.Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /** System property (the build's class-data training run): a benchmark window computes its opening zones. */
    static final String COMPUTE_OPENING_ZONES = "sitmap.computeOpeningZones";

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forCurrentUser();
        java.util.Optional<WindowProtocol.Request> bench = WindowProtocol.parse(args);
        if (bench.isPresent()) {
            benchWindow(paths, bench.get());
            return;
        }
        java.util.Optional<Path> opened = fileToOpen(args);
        if (args.length == 0 || opened.isPresent()) {
            Logging.configure(paths.state(), false);
            SitmapApp.launchWith(paths, situationAt(paths.database()), opened.orElse(null));
        } else {
            System.setProperty("java.awt.headless", "true");
            Logging.configure(paths.state(), true);
            System.exit(SitmapCommand.run(paths, Main::situationAt, new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true), args));
        }
    }

    /**
     * The window with a benchmark probe ({@code sitmap bench} starts it in a child process): over the shipped data, or
     * over a dataset folder given in its place. Exits when the probe has printed its figures.
     */
    private static void benchWindow(AppPaths paths, WindowProtocol.Request request) {
        Logging.configure(paths.state(), false);
        SituationService situation = request.data() == null ? situationAt(paths.database())
                : new StoreSituationService(() -> SqliteSituationStore.open(paths.database()), () -> folder(request.data()));
        WindowProbe probe = request.mode() == WindowProtocol.Mode.FIRST_FRAME ? new FirstFrameProbe()
                : new ScrubProbe(request.samples());
        // The build's class-data training run computes the opening zones (COMPUTE_OPENING_ZONES), so that the
        // archive holds the zone engine's classes too.
        boolean shippedZones = request.data() == null && !Boolean.getBoolean(COMPUTE_OPENING_ZONES);
        SitmapApp.launchWith(paths, situation, null, probe, shippedZones);
        System.exit(0);  // nothing of a probe's window is worth waiting for
    }

    private static DataFiles folder(Path dir) {
        try {
            return DataFiles.fromDirectory(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The situation stored in the SQLite file {@code database}, its built-in part kept equal to the shipped data. */
    public static SituationService situationAt(Path database) {
        return new StoreSituationService(() -> SqliteSituationStore.open(database), DataFiles::embedded);
    }
}
