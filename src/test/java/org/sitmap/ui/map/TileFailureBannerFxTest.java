package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

class TileFailureBannerFxTest extends FxRobot {
    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aTileFailure_isShown_andTheOfflineButtonSwitchesBack() throws Exception {
        AtomicBoolean offline = new AtomicBoolean();
        Stage stage = FxToolkit.registerPrimaryStage();
        TileFailureBanner[] made = new TileFailureBanner[1];
        interact(() -> made[0] = new TileFailureBanner(() -> offline.set(true)));
        TileFailureBanner banner = made[0];
        interact(() -> {
            stage.setScene(new Scene(new StackPane(banner), 700, 200));
            stage.show();
        });
        assertFalse(banner.isVisible());
        interact(() -> banner.show("Map tiles cannot be fetched from tile.openstreetmap.org (ConnectException)."));
        assertTrue(banner.isVisible());
        assertTrue(from(banner).lookup((Label l) -> l.getText().contains("tile.openstreetmap.org")).tryQuery().isPresent());
        clickOn("#useOfflineMap");
        assertTrue(offline.get());
        assertFalse(banner.isVisible());
    }
}
