package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.app.Main;
import org.sitmap.domain.Locality;
import org.sitmap.platform.AppPaths;
import org.sitmap.ui.common.Selection;
import org.sitmap.ui.map.MapPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's smaller controls, used as a user would: buttons, menus, keys and the map's right-click menu. */
class WindowControlsFxTest extends FxRobot {
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
        interact(() -> window.timeline().pause());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Locality named(String name) {
        return window.situation().datasetProperty().get().localities().stream().filter(l -> l.nameEn().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void theZoomButtons_zoomByOneLevel() {
        interact(() -> window.map().show(MapPane.ALEPPO, 9));
        clickOn("#zoomIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, window.map().zoomProperty().get(), 1e-9);
        clickOn("#zoomOut").clickOn("#zoomOut");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, window.map().zoomProperty().get(), 1e-9);
    }

    @Test
    void clearFilters_rechecksOnlyUpToTheSlidersDate() {
        clickOn("#upToSlider");
        assertFalse(lookup("#upToSlider").queryAs(CheckBox.class).isSelected());
        press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.SHORTCUT);
        assertTrue(lookup("#upToSlider").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void altLeft_goesBackToThePreviousSelection_andAltRightForwardAgain() {
        Locality aleppo = named("Aleppo"), manbij = named("Manbij");
        interact(() -> window.situation().selectPlace(aleppo));
        interact(() -> window.situation().selectPlace(manbij));
        interact(() -> window.map().mapView().requestFocus());
        press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals(new Selection.Place(aleppo), window.situation().selectionProperty().get());
        press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertEquals(new Selection.Place(manbij), window.situation().selectionProperty().get());
    }

    @Test
    void rightClickingTheMap_offersToCopyItsCoordinates() {
        interact(() -> window.map().show(MapPane.ALEPPO, 9));
        Node view = window.map().mapView();
        Point2D middle = view.localToScreen(view.getLayoutBounds().getWidth() / 2 + 37, view.getLayoutBounds().getHeight() / 2 + 41);
        moveTo(middle).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#copyMgrs").tryQuery().isPresent());
        clickOn("#copyCoordinates");
        String[] copied = new String[1];
        interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0] != null && copied[0].contains("°"), copied[0]);
    }

    @Test
    void f1_listsTheKeyboardShortcuts() {
        press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#shortcuts").tryQuery().isPresent());
        Node table = lookup("#shortcuts").query();
        assertTrue(from(table).lookup((javafx.scene.control.Label l) -> "Alt+← / Alt+→".equals(l.getText()))
                .tryQuery().isPresent());
        type(KeyCode.ESCAPE);
    }

    @Test
    void clickingTheLegendTitle_collapsesIt_andTheChoiceIsRemembered() {
        clickOn("#legendTitle");
        assertFalse(window.map().legendOpenProperty().get());
        assertFalse(lookup(".map-legend-rows").query().isVisible());
    }
}
