package org.sitmap.ui.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.app.Main;
import org.sitmap.interop.StoreFixture;
import org.sitmap.platform.AppPaths;
import org.sitmap.ui.SitmapApp;
import org.sitmap.ui.events.EventListItem;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Sitmap opened with a file (a desktop file association): the window asks, then imports it like File → Import…. */
class OpenWithFileFxTest extends FxRobot {
    @TempDir
    Path home;
    private SitmapApp app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void open(Path file) throws Exception {
        FxToolkit.registerPrimaryStage();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
        app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths, Main.situationAt(paths.database()), file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#" + ImportExport.OFFER_ID).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The offer dialog's button of that text (the File menu has an "Import…" item too). */
    private Button offerButton(String text) {
        DialogPane pane = lookup("#" + ImportExport.OFFER_ID).queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void openedWithAnAcledFile_asksThenImportsIt() throws Exception {
        open(StoreFixture.resource("acled-current.csv", home));
        clickOn(offerButton("Import"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#importReport").tryQuery().isPresent());
        String report = lookup("#importReport").queryAs(TextArea.class).getText();
        assertTrue(report.contains("acled-current.csv: 5 added"), report);
    }

    @Test
    void openedWithAFile_cancelImportsNothing() throws Exception {
        open(StoreFixture.resource("acled-current.csv", home));
        clickOn(offerButton("Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertTrue(lookup("#importReport").tryQuery().isEmpty(), "no import after Cancel");
        assertTrue(app.window().eventList().items().stream().noneMatch(i -> i instanceof EventListItem.Row r && r.event().id().startsWith("u.acled.")), "no imported events");
    }
}
