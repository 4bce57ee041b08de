package org.sitmap.ui.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.domain.ProposedChange;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.Zone;
import org.sitmap.interop.StoreFixture;
import org.sitmap.ui.MainWindow;
import org.sitmap.ui.SitmapApp;
import org.sitmap.ui.UiFixtures;
import org.sitmap.ui.events.EventListItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Importing an ACLED file into the running window, then accepting one of its proposed control changes. */
class ImportFlowFxTest extends FxRobot {
    private static final Instant NOV29 = ReportedTime.endOfDay(LocalDate.of(2024, 11, 29));
    @TempDir
    Path home;
    private SitmapApp app;
    private MainWindow window;

    @BeforeEach
    void launch() throws Exception {
        app = UiFixtures.launchApp(home);
        window = app.window();
    }

    @AfterEach
    void close() throws Exception {
        UiFixtures.closeApp(app);
    }

    private String holderOfTallRifaat() {
        var point = new GeometryFactory().createPoint(new Coordinate(37.09471, 36.47229));
        return window.zones().snapshotProperty().get().zones().stream()
                .filter(z -> z.faction() != null && z.geometry().covers(point)).map(Zone::faction).findFirst().orElse(null);
    }

    private void slideTo(Instant t) throws Exception {
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        interact(() -> slider.setValue(window.timeline().positionOf(t)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.equals(window.zones().shownAtProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void droppedAcledFile_addsItsEvents_andAnAcceptedProposalMovesTheZone() throws Exception {
        Path file = StoreFixture.resource("acled-current.csv", home);
        slideTo(NOV29);
        assertEquals("SDF", holderOfTallRifaat());

        // The drop handler hands the dropped files to this method; Monocle cannot drag a file in from outside.
        // Windows opened meanwhile are recorded as they open: a fast import may close its progress window before
        // a lookup would see it.
        List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.collections.ListChangeListener<javafx.stage.Window> record = c -> {
            while (c.next()) c.getAddedSubList().forEach(w -> {
                if (w instanceof javafx.stage.Stage s && w.getScene() != null
                        && w.getScene().getRoot().lookup("#" + ImportExport.PROGRESS_ID) != null) opened.add(s.getTitle());
            });
        };
        interact(() -> {
            javafx.stage.Window.getWindows().addListener(record);
            app.importExport().importFiles(List.of(file));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#importReport").tryQuery().isPresent());
        interact(() -> javafx.stage.Window.getWindows().removeListener(record));
        assertEquals(List.of("Importing 1 file"), opened, "a progress window while it ran");
        String report = lookup("#importReport").queryAs(TextArea.class).getText();
        assertTrue(report.contains("5 added") && report.contains("Some Unlisted Brigade"), report);
        clickOn("Close");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.eventList().items().stream()
                .anyMatch(i -> i instanceof EventListItem.Row r && r.event().id().equals("u.acled.SYRT0003")));

        clickOn("File");
        clickOn("Review proposed control changes…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup("#" + ProposalsDialog.LIST_ID).queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<ProposedChange> list = lookup("#" + ProposalsDialog.LIST_ID).queryAs(ListView.class);
        assertEquals("u.acled.SYRT0003", list.getItems().get(0).id());
        clickOn(lookup("#" + ProposalsDialog.LIST_ID + " .list-cell").nth(0).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("u.acled.SYRT0003", list.getSelectionModel().getSelectedItem().id(), "the clicked proposal is selected");
        clickOn("#" + ProposalsDialog.ACCEPT_ID);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "SNA".equals(holderOfTallRifaat()));
        assertEquals("SNA", holderOfTallRifaat());
    }
}
