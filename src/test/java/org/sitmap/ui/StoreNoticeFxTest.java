package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.app.Main;
import org.sitmap.platform.AppPaths;
import org.sitmap.ui.common.NoticeBanner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the database said on opening shows in a bar under the menus; Dismiss hides it. */
class StoreNoticeFxTest extends FxRobot {
    @TempDir
    Path home;
    private SitmapApp app;

    private void launch(AppPaths paths) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths, Main.situationAt(paths.database())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().situation().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private AppPaths paths() {
        return new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
    }

    @Test
    void damagedDatabase_bannerNamesTheCopyKeptAside_andDismissHidesIt() throws Exception {
        AppPaths paths = paths();
        Files.createDirectories(paths.database().getParent());
        Files.writeString(paths.database(), "this is not a database, just text that happens to be long enough".repeat(80));

        launch(paths);

        Node banner = lookup("#" + NoticeBanner.ID).query();
        assertTrue(banner.isVisible(), "the banner shows");
        assertTrue(lookup("#" + NoticeBanner.ID + " .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("was damaged") && l.getText().contains("sitmap.db.damaged-")),
                "the banner names the copy kept aside");
        clickOn("Dismiss");
        assertFalse(banner.isVisible(), "Dismiss hides it");
        assertFalse(banner.isManaged(), "and it takes no room");
    }

    @Test
    void healthyDatabase_noBanner() throws Exception {
        launch(paths());
        assertFalse(lookup("#" + NoticeBanner.ID).query().isVisible());
    }
}
