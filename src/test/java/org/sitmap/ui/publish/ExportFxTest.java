package org.sitmap.ui.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.app.Main;
import org.sitmap.domain.ReportedTime;
import org.sitmap.platform.AppPaths;
import org.sitmap.publish.RenderOptions;
import org.sitmap.ui.MainWindow;
import org.sitmap.ui.SitmapApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The GUI's publishing flows, headless: the area chart moves the timeline; an export runs through the task runner. */
class ExportFxTest extends FxRobot {
    @TempDir
    Path home;
    private SitmapApp app;
    private MainWindow window;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
        app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths, Main.situationAt(paths.database())));
        window = app.window();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.zones().snapshotProperty().get() != null && window.completeProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void areaOverTime_clickingADay_movesTheTimelineToTheEndOfThatDay() throws Exception {
        clickOn("File").clickOn("#areaOverTime");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.exportMenu().chartWindow() != null);
        WaitForAsyncUtils.waitForFxEvents();
        AreaChartWindow chart = window.exportMenu().chartWindow();
        ImageView view = lookup("#areaChart").queryAs(ImageView.class);
        Bounds b = view.localToScreen(view.getBoundsInLocal());
        LocalDate day = LocalDate.of(2024, 12, 3);
        clickOn(b.getMinX() + chart.chart().xOf(day), b.getMinY() + b.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReportedTime.endOfDay(day), window.situation().instantProperty().get());
    }

    @Test
    void exportImage_throughTheTaskRunner_writesThePngAndItsSourcesAndSaysSo() throws Exception {
        Path png = home.resolve("view.png");
        ExportViewModel exports = window.exportMenu().exports();
        boolean[] done = new boolean[1];
        interact(() -> exports.exportImage(png, window.exportMenu().viewOptions(640, 360), () -> done[0] = true));
        assertTrue(exports.busyProperty().get() || done[0]);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> done[0]);
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.exists(home.resolve("sources.csv")));
        assertTrue(exports.statusProperty().get().startsWith("Wrote view.png"), exports.statusProperty().get());
    }

    @Test
    void exportReplay_cancelled_stopsAndSaysSo() throws Exception {
        Path gif = home.resolve("replay.gif");
        ExportViewModel exports = window.exportMenu().exports();
        boolean[] done = new boolean[1];
        var handle = new org.sitmap.task.TaskRunner.Cancellable[1];
        interact(() -> handle[0] = exports.exportReplay(gif, LocalDate.of(2024, 11, 26), LocalDate.of(2024, 12, 15),
                java.time.Duration.ofHours(6), 4, RenderOptions.defaults().withSize(640, 360), () -> done[0] = true));
        interact(() -> handle[0].cancel());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> done[0]);
        assertEquals("Exporting replay: cancelled", exports.statusProperty().get());
        assertTrue(!exports.busyProperty().get());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, exports::idle);
        assertTrue(!Files.exists(gif), "no partial replay left behind");
    }
}
