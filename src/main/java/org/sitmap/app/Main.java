package org.sitmap.app;

import org.sitmap.cli.SitmapCommand;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Logging;
import org.sitmap.ui.SitmapApp;

/**
 * Entry point. With no arguments it opens the main window; with any argument it runs the command line headless.
 * A plain class, not the {@code Application}: JavaFX refuses to start an Application main class from the classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forCurrentUser();
        if (args.length == 0) {
            Logging.configure(paths.state(), false);
            SitmapApp.launchWith(paths);
        } else {
            System.setProperty("java.awt.headless", "true");
            Logging.configure(paths.state(), true);
            System.exit(SitmapCommand.run(paths, args));
        }
    }
}
