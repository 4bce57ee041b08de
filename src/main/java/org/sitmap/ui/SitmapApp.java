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
import org.slf4j.LoggerFactory;

/** The JavaFX application: shows the window at once, then prepares the database in the background. */
public final class SitmapApp extends Application {
    private static volatile AppPaths launchPaths;
    private static volatile java.nio.file.Path launchFile;
    private final AppPaths paths;
    private final java.nio.file.Path openFile;
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
        this(paths, false, null);
    }

    /** For tests: as {@link #SitmapApp(AppPaths)}, opened with a file to offer for import (a file association). */
    public SitmapApp(AppPaths paths, java.nio.file.Path openFile) {
        this(paths, false, openFile);
    }

    private SitmapApp(AppPaths paths, boolean baseMapTiles, java.nio.file.Path openFile) {
        this.paths = paths;
        this.baseMapTiles = baseMapTiles;
        this.openFile = openFile;
    }

    private SitmapApp(AppPaths paths, boolean baseMapTiles) {
        this(paths, baseMapTiles, null);
    }

    public static void launchWith(AppPaths paths) {
        launchWith(paths, null);
    }

    /** Opens the window; {@code file}, when not null, is offered for import once the data has loaded. */
    public static void launchWith(AppPaths paths, java.nio.file.Path file) {
        launchPaths = paths;
        launchFile = file;
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
        java.nio.file.Path file = openFile != null ? openFile : launchFile;
        if (file != null) offerOnceLoaded(situation, file);
        situation.load(p.database(), DataFiles::embedded); // read in the background, not at start-up
    }

    /** The import waits for the first load, so it never races the database's first set-up. */
    private void offerOnceLoaded(SituationViewModel situation, java.nio.file.Path file) {
        situation.datasetProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.sitmap.domain.Dataset> o,
                                org.sitmap.domain.Dataset was, org.sitmap.domain.Dataset now) {
                if (now == null) return;
                situation.datasetProperty().removeListener(this);
                importExport.offerImport(file);
            }
        });
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
