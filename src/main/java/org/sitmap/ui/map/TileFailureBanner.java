package org.sitmap.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A notice over the top of the map when the chosen online (or user-supplied) base map yields no tiles, offering to go
 * back to the offline map. Hidden until {@link #show} is called; FX thread only.
 */
final class TileFailureBanner extends HBox {
    private final Label message = new Label();

    /** @param useOffline switches the base map back to the offline one */
    TileFailureBanner(Runnable useOffline) {
        setId("tileFailure");
        getStyleClass().add("tile-failure");
        message.setWrapText(true);
        message.setGraphic(new FontIcon("mdi2w-wifi-off"));
        Button offline = new Button("Use the offline map");
        offline.setId("useOfflineMap");
        offline.setOnAction(e -> {
            setVisible(false);
            useOffline.run();
        });
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> setVisible(false));
        getChildren().addAll(message, offline, dismiss);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMaxHeight(USE_PREF_SIZE);
        setMaxWidth(USE_PREF_SIZE);
        setVisible(false);
    }

    void show(String text) {
        message.setText(text + " The map shows no tiles until the network is back.");
        setVisible(true);
    }
}
