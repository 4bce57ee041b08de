package org.sitmap.ui;

import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.Links;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sitmap.basemap.BaseMaps;
import java.util.Objects;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Settings;
import org.sitmap.platform.Version;
import org.sitmap.geo.MappedArea;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshotCache;
import org.sitmap.ui.edit.EditFeature;
import org.sitmap.ui.edit.EditViewModel;
import java.time.Clock;
import org.sitmap.store.SituationService;
import org.slf4j.LoggerFactory;

/** The JavaFX application: shows the window at once, then prepares the database in the background. */
public final class SitmapApp extends Application {
    /** Settings key of the author name the edit history records. */
    public static final String EDIT_AUTHOR = "edit.author";
    private static volatile AppPaths launchPaths;
    private static volatile SituationService launchSituation;
    private static volatile java.nio.file.Path launchFile;
    private static volatile org.sitmap.ui.bench.WindowProbe launchProbe;
    private static volatile boolean launchShippedData = true;
    private final AppPaths paths;
    private final SituationService situation;
    private final java.nio.file.Path openFile;
    private final boolean baseMapTiles;
    private final org.sitmap.ui.bench.WindowProbe probe;
    /** Whether the situation's built-in data is the shipped dataset, whose opening zones the jar carries. */
    private final boolean shippedData;
    private FxTaskRunner tasks;
    private MainWindow window;
    private org.sitmap.ui.interop.ImportExport importExport;

    /** Used by {@link Application#launch}: the paths given to {@link #launchWith}, with base-map tiles. */
    public SitmapApp() {
        this(launchPaths, launchSituation, true, launchFile, launchProbe, launchShippedData);
    }

    /**
     * For tests: an application over the given paths, without drawing base-map tiles unless the caller installed
     * {@link BaseMaps} itself (tests must never write a real tile cache, and their pixels stay the zones' own).
     */
    public SitmapApp(AppPaths paths, SituationService situation) {
        this(paths, situation, false, null, null, false);
    }

    /** For tests: as {@link #SitmapApp(AppPaths, SituationService)}, opened with a file to offer for import. */
    public SitmapApp(AppPaths paths, SituationService situation, java.nio.file.Path openFile) {
        this(paths, situation, false, openFile, null, false);
    }

    private SitmapApp(AppPaths paths, SituationService situation, boolean baseMapTiles, java.nio.file.Path openFile,
                      org.sitmap.ui.bench.WindowProbe probe, boolean shippedData) {
        this.paths = Objects.requireNonNull(paths, "paths (start through launchWith)");
        this.situation = Objects.requireNonNull(situation, "situation (start through launchWith)");
        this.baseMapTiles = baseMapTiles;
        this.openFile = openFile;
        this.probe = probe;
        this.shippedData = shippedData;
    }

    /** Opens the window over {@code paths}, showing the situation {@code situation} opens; returns when it closes. */
    public static void launchWith(AppPaths paths, SituationService situation) {
        launchWith(paths, situation, null);
    }

    /** As {@link #launchWith(AppPaths, SituationService)}; {@code file}, when not null, is offered for import once loaded. */
    public static void launchWith(AppPaths paths, SituationService situation, java.nio.file.Path file) {
        launchWith(paths, situation, file, null);
    }

    /** As {@link #launchWith(AppPaths, SituationService)}, with a benchmark probe installed before the window shows. */
    public static void launchWith(AppPaths paths, SituationService situation, java.nio.file.Path file,
                                  org.sitmap.ui.bench.WindowProbe probe) {
        launchWith(paths, situation, file, probe, true);
    }

    /**
     * As above; {@code shippedData} false when the situation's built-in part is not the shipped dataset (the benchmark's
     * generated one): its zones are then never looked for among those the jar carries, which are the shipped data's.
     */
    public static void launchWith(AppPaths paths, SituationService situation, java.nio.file.Path file,
                                  org.sitmap.ui.bench.WindowProbe probe, boolean shippedData) {
        launchShippedData = shippedData;
        launchPaths = paths;
        launchSituation = situation;
        launchFile = file;
        launchProbe = probe;
        FramePacing.apply();
        Application.launch(SitmapApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppPaths p = paths;
        LoggerFactory.getLogger(SitmapApp.class).info("Starting Sitmap; data in {}", p.data());
        Settings settings = Settings.load(p.config());
        Preferences prefs = Preferences.from(settings);
        prefs.theme().useForApplication(); // before the first control: JavaFX then never reads its default theme
        tasks = new FxTaskRunner();
        if (baseMapTiles && BaseMaps.installed().isEmpty()) BaseMaps.install(p, settings);
        // The jar's zones are the shipped data's: looked for only over that data, since answering whether they fit
        // hashes the data (long at scale), and while they may answer, the mapped area is not parsed ahead below.
        java.nio.file.Path kept = p.cache().resolve("opening-zones.bin");
        var openingZones = shippedData ? ZoneSnapshotCache.withShippedZones(kept, Version.build())
                : new ZoneSnapshotCache(kept, Version.build());
        SituationViewModel model = new SituationViewModel(tasks, situation, ZoneEngine::forDataset,
                openingZones);
        // The remembered instant first, so the loading worker prepares the zones the window opens on.
        if (prefs.instant() != null) model.instantProperty().set(prefs.instant());
        // Started before the window is built, not after it shows (issue 18: the window's cold start): the database is
        // read, and the area the zones are cut to parsed, on workers while this thread lays out the window. Results
        // come back through the FX queue, after this method has wired every listener.
        model.load();
        tasks.run("Preparing the mapped area", progress -> {
            // Not needed when the zones kept from the last start open the window: the engine comes after the first frame.
            return openingZones.holdsThisBuild() ? null : MappedArea.northernSyria();
        }, area -> { }, failure -> { }); // the task runner logs it; the zone engine then tries again itself
        window = new MainWindow(stage, settings, tasks, model, new Links(url -> getHostServices().showDocument(url)));
        EditViewModel edits = new EditViewModel(tasks, model, () -> situation.open().store(),
                () -> settings.get(EDIT_AUTHOR, System.getProperty("user.name", "")), Clock.systemUTC());
        EditFeature.install(edits, stage, window.menuBar(), window.detailsPane()).allowRenaming(
                () -> settings.get(EDIT_AUTHOR, System.getProperty("user.name", "")), name -> {
                    settings.put(EDIT_AUTHOR, name);
                    settings.save();
                });
        if (probe != null) {
            probe.install(new org.sitmap.ui.bench.ProbeTarget(window.scene(), model, window.zones(),
                    window.map().zonesLayer(), window.timelineBar().slider(), tasks));
        }
        window.show();
        importExport = new org.sitmap.ui.interop.ImportExport(stage, tasks, situation, model);
        org.sitmap.ui.interop.InteropMenus.install(stage.getScene(), importExport,
                () -> new org.sitmap.ui.interop.ProposalsDialog(stage, tasks, situation, model).show());
        var imported = new org.sitmap.ui.map.ImportedZonesViewModel(tasks, model, window.zones(), () -> {
            try (var opened = situation.open()) {
                return opened.store().importedZones();
            }
        });
        window.map().showImportedZones(imported);
        org.sitmap.ui.map.ImportedZonesMenu.install(window.menuBar(), imported);
        if (openFile != null) offerOnceLoaded(model, openFile);
    }

    /** The import waits for the first load, so it never races the database's first set-up. */
    private void offerOnceLoaded(SituationViewModel model, java.nio.file.Path file) {
        model.datasetProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.sitmap.domain.Dataset> o,
                                org.sitmap.domain.Dataset was, org.sitmap.domain.Dataset now) {
                if (now == null) return;
                model.datasetProperty().removeListener(this);
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
