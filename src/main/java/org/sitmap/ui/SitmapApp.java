package org.sitmap.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.sitmap.basemap.BaseMaps;
import org.sitmap.io.DataFiles;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Settings;
import org.slf4j.LoggerFactory;

/** The JavaFX application: shows the window at once, then prepares the database in the background. */
public final class SitmapApp extends Application {
    private static volatile AppPaths launchPaths;
    private final AppPaths paths;
    private FxTaskRunner tasks;
    private MainWindow window;

    /** Used by {@link Application#launch}; takes the paths given to {@link #launchWith}. */
    public SitmapApp() {
        this(null);
    }

    /** For tests: an application over the given paths. */
    public SitmapApp(AppPaths paths) {
        this.paths = paths;
    }

    public static void launchWith(AppPaths paths) {
        launchPaths = paths;
        Application.launch(SitmapApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppPaths p = paths != null ? paths : launchPaths != null ? launchPaths : AppPaths.forCurrentUser();
        LoggerFactory.getLogger(SitmapApp.class).info("Starting Sitmap; data in {}", p.data());
        Settings settings = Settings.load(p.config());
        tasks = new FxTaskRunner();
        // Tests run without base-map tiles: they must never write a real cache, and pixels stay the zones' own.
        if (!Boolean.getBoolean("sitmap.test") && BaseMaps.installed().isEmpty()) BaseMaps.install(p, settings);
        SituationViewModel situation = new SituationViewModel(tasks);
        window = new MainWindow(stage, settings, tasks, situation, new Links(url -> getHostServices().showDocument(url)));
        window.show();
        situation.load(p.database(), DataFiles.embedded());
    }

    @Override
    public void stop() {
        if (tasks != null) tasks.close();
    }

    /** The window, once started; for tests. */
    public MainWindow window() {
        return window;
    }
}
