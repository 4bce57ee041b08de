package org.sitmap.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sitmap.domain.GeoPoint;
import org.sitmap.ui.map.MapPane;

/** The bottom status line: background-task progress and the cursor's position. */
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
        Label position = new Label("—");
        position.setId("cursorPosition");
        position.textProperty().bind(Bindings.createStringBinding(() -> format(map.pointerPositionProperty().get()),
                map.pointerPositionProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(progress, message, gap, position);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
    }

    static String format(GeoPoint p) {
        if (p == null) return "—";
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(p.lat()), p.lat() >= 0 ? "N" : "S",
                Math.abs(p.lon()), p.lon() >= 0 ? "E" : "W");
    }
}
