package org.sitmap.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sitmap.cli.SitmapCommand;
import org.sitmap.io.DataFiles;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Logging;
import org.sitmap.store.SituationService;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreSituationService;
import org.sitmap.ui.SitmapApp;

/**
 * Entry point and composition root. With no arguments it opens the main window; with any argument it runs the
 * command line headless. Both get the situation through {@link #situationAt}, the one place that picks the store.
 * A plain class, not the {@code Application}: JavaFX refuses to start an Application main class from the classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forCurrentUser();
        if (args.length == 0) {
            Logging.configure(paths.state(), false);
            SitmapApp.launchWith(paths, situationAt(paths.database()));
        } else {
            System.setProperty("java.awt.headless", "true");
            Logging.configure(paths.state(), true);
            System.exit(SitmapCommand.run(paths, Main::situationAt, new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true), args));
        }
    }

    /** The situation stored in the SQLite file {@code database}, its built-in part kept equal to the shipped data. */
    public static SituationService situationAt(Path database) {
        return new StoreSituationService(() -> SqliteSituationStore.open(database), DataFiles::embedded);
    }
}
