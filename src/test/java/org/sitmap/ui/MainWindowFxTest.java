package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.platform.AppPaths;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Launches the real main window headless, on a fresh database in a temporary home. */
class MainWindowFxTest extends FxRobot {
    @TempDir
    Path home;
    private SitmapApp app;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
        app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup("#loadingIndicator").queryAs(javafx.scene.Node.class).isVisible());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void launch_showsMapEventPanelAndSlider() {
        assertTrue(lookup("#map").queryAs(MapView.class).isVisible());
        assertTrue(lookup("#eventPanel").query().isVisible());
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        assertTrue(slider.isVisible());
        assertTrue(slider.getMax() > 0);
        assertTrue(lookup("#statusBar").query().isVisible());
    }

    @Test
    void launch_createsTheDatabaseInTheDataDirectory() {
        assertTrue(home.resolve("data/sitmap.db").toFile().isFile());
    }

    @Test
    void movingTheSlider_listsOnlyEventsUpToThatDate() {
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        ListView<?> list = lookup("#eventList").queryAs(ListView.class);
        interact(() -> slider.setValue(slider.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        int atEnd = list.getItems().size();
        interact(() -> slider.setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.getItems().stream().allMatch(e -> !((org.sitmap.domain.Event) e).when().date()
                .isAfter(java.time.LocalDate.of(2024, 11, 26))), "only events up to 26 November at the start");
        assertTrue(atEnd > list.getItems().size(), "more events by the end of the period");
    }
}
