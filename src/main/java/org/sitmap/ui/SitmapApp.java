package org.sitmap.ui;

import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.Links;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sitmap.basemap.BaseMaps;
import org.sitmap.io.DataFiles;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Settings;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.ui.edit.EditFeature;
import org.sitmap.ui.edit.EditViewModel;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/** The JavaFX application: shows the window at once, then prepares the database in the background. */
public final class SitmapApp extends Application {
    /** Settings key of the author name the edit history records. */
    public static final String EDIT_AUTHOR = "edit.author";
    private static volatile AppPaths launchPaths;
    private final AppPaths paths;
    private final boolean baseMapTiles;
    private FxTaskRunner tasks;
    private MainWindow window;
    private org.sitmap.ui.interop.ImportExport importExport;

    /** Used by {@link Application#launch}: the paths given to {@link #launchWith}, with base-map tiles. */
    public SitmapApp() {
        this(null, true);
    }

    /**
     * For tests: an application over the given paths, without drawing base-map tiles unless the caller installed
     * {@link BaseMaps} itself (tests must never write a real tile cache, and their pixels stay the zones' own).
     */
    public SitmapApp(AppPaths paths) {
        this(paths, false);
    }

    private SitmapApp(AppPaths paths, boolean baseMapTiles) {
        this.paths = paths;
        this.baseMapTiles = baseMapTiles;
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
        if (baseMapTiles && BaseMaps.installed().isEmpty()) BaseMaps.install(p, settings);
        SituationViewModel situation = new SituationViewModel(tasks);
        window = new MainWindow(stage, settings, tasks, situation, new Links(url -> getHostServices().showDocument(url)));
        EditViewModel edits = new EditViewModel(tasks, situation, () -> SqliteSituationStore.open(p.database()),
                () -> settings.get(EDIT_AUTHOR, System.getProperty("user.name", "")), Clock.systemUTC());
        EditFeature.install(edits, stage, window.menuBar(), window.detailsPane()).allowRenaming(
                () -> settings.get(EDIT_AUTHOR, System.getProperty("user.name", "")), name -> {
                    settings.put(EDIT_AUTHOR, name);
                    settings.save();
                });
        window.show();
        java.util.function.Supplier<org.sitmap.store.SituationStore> stores = () -> {
            try {
                return org.sitmap.store.SqliteSituationStore.open(p.database());
            } catch (org.sitmap.store.StoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
        importExport = new org.sitmap.ui.interop.ImportExport(stage, tasks, stores, situation);
        org.sitmap.ui.interop.InteropMenus.install(stage.getScene(), importExport,
                () -> new org.sitmap.ui.interop.ProposalsDialog(stage, tasks, stores, situation).show());
        situation.load(p.database(), DataFiles::embedded); // read in the background, not at start-up
    }

    @Override
    public void stop() {
        if (tasks != null) tasks.close();
    }

    /** File import and export of the running window (what File → Import… and dropped files use); for tests. */
    public org.sitmap.ui.interop.ImportExport importExport() {
        return importExport;
    }

    /** The window, once started; for tests. */
    public MainWindow window() {
        return window;
    }
}
