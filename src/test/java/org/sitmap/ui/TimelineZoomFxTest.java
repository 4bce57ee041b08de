package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.ReportedTime;
import org.sitmap.app.Main;
import org.sitmap.platform.AppPaths;
import org.sitmap.ui.map.LegendEntry;
import org.sitmap.ui.timeline.TimelineViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline over the longer period, on the shipped data: a drag across the histogram zooms the slider to a few
 * weeks, the arrow keys step day by day across the faction succession of 29 January 2025 (HTS folded into the
 * transitional government), and the legend names the factions of each instant.
 */
class TimelineZoomFxTest extends FxRobot {
    private static final LocalDate SUCCESSION = LocalDate.of(2025, 1, 29);
    @TempDir
    Path home;
    private SitmapApp app;
    private MainWindow window;
    private TimelineViewModel timeline;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
        app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths, Main.situationAt(paths.database())));
        window = app.window();
        timeline = window.timeline();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.zones().snapshotProperty().get() != null && window.completeProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> timeline.pause());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Where on screen the histogram draws the end of {@code day} (while the whole period is shown). */
    private Point2D onHistogram(Node histogram, LocalDate day) {
        double width = histogram.getBoundsInLocal().getWidth(), inset = 8;
        double position = day.toEpochDay() - timeline.shownFirstProperty().get().toEpochDay();
        double x = inset + position / timeline.span() * (width - 2 * inset);
        return histogram.localToScreen(x, histogram.getBoundsInLocal().getHeight() / 2);
    }

    /** The day of the current instant (instants sit at the end of their day). */
    private LocalDate day() {
        return ReportedTime.localDate(timeline.instantProperty().get().minusSeconds(1));
    }

    private List<String> legendFactions() {
        return window.zones().legend().stream().map(LegendEntry::factionId).toList();
    }

    private void waitForZonesOfTheInstant() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> timeline.instantProperty().get().equals(window.zones().shownAtProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragAcrossTheHistogram_zoomsToThoseWeeks_andTheArrowKeysStepAcrossTheSuccession() throws Exception {
        Node histogram = lookup("#timelineHistogram").query();
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        Button zoomOut = lookup("#zoomOutButton").queryAs(Button.class);
        assertTrue(zoomOut.isDisabled(), "nothing to zoom out of yet");
        double wholePeriod = slider.getMax();
        assertTrue(wholePeriod > 400, "the data runs over more than a year: " + wholePeriod);

        drag(onHistogram(histogram, LocalDate.of(2025, 1, 20)), MouseButton.PRIMARY)
                .moveTo(onHistogram(histogram, LocalDate.of(2025, 2, 10))).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(timeline.zoomedProperty().get());
        assertFalse(zoomOut.isDisabled());
        long first = timeline.shownFirstProperty().get().toEpochDay(), last = timeline.shownLastProperty().get().toEpochDay();
        assertEquals(LocalDate.of(2025, 1, 20).toEpochDay(), first, 2, "zoomed from about 20 January");
        assertEquals(LocalDate.of(2025, 2, 10).toEpochDay(), last, 2, "to about 10 February");
        assertEquals(last - first, slider.getMax(), 1e-9, "the slider spans only the days dragged over");

        // The instant moved into the range; walk with the keyboard to the day before the succession.
        LocalDate dayBefore = SUCCESSION.minusDays(1);
        while (day().isAfter(dayBefore)) type(KeyCode.LEFT);
        while (day().isBefore(dayBefore)) type(KeyCode.RIGHT);
        assertTrue(timeline.zoomedProperty().get(), "stepping within the range keeps the zoom");
        waitForZonesOfTheInstant();
        assertTrue(legendFactions().contains("HTS"), "28 January: " + legendFactions());
        assertFalse(legendFactions().contains("SGOV"), "28 January: " + legendFactions());

        type(KeyCode.RIGHT, 2);  // 30 January, the day after the succession
        waitForZonesOfTheInstant();
        assertEquals(SUCCESSION.plusDays(1), day());
        assertTrue(legendFactions().contains("SGOV"), "30 January: " + legendFactions());
        assertFalse(legendFactions().contains("HTS"), "30 January: " + legendFactions());

        clickOn(zoomOut);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(timeline.zoomedProperty().get());
        assertEquals(wholePeriod, slider.getMax(), 1e-9);
        assertEquals(timeline.positionOf(timeline.instantProperty().get()), slider.getValue(), 1e-6, "the same instant, whole period");
    }
}
