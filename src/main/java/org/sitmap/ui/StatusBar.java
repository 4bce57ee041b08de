package org.sitmap.ui;

import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.CoordinateFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sitmap.ui.map.MapPane;
import org.sitmap.ui.map.ScaleBar;

/** The bottom status line: background-task progress, then the zoom, a scale bar and the cursor's position in degrees and MGRS. */
final class StatusBar extends HBox {
    StatusBar(MapPane map, FxTaskRunner tasks) {
        getStyleClass().add("status-bar");
        setId("statusBar");
        Label message = new Label();
        message.textProperty().bind(tasks.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        progress.setPrefWidth(140);
        Label zoom = new Label();
        zoom.setId("zoomLevel");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "Zoom %.1f",
                map.zoomProperty().get()), map.zoomProperty()));
        Label position = new Label("—");
        position.setId("cursorPosition");
        position.textProperty().bind(Bindings.createStringBinding(() -> CoordinateFormat.degrees(map.pointerPositionProperty().get()),
                map.pointerPositionProperty()));
        Label mgrs = new Label("—");
        mgrs.setId("cursorMgrs");
        mgrs.textProperty().bind(Bindings.createStringBinding(() -> "MGRS " + CoordinateFormat.mgrs(map.pointerPositionProperty().get()),
                map.pointerPositionProperty()));
        position.setMinWidth(Region.USE_PREF_SIZE);
        mgrs.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(progress, message, gap, zoom, new ScaleBar(map.metresPerPixelProperty()), position, mgrs);
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
    }
}
