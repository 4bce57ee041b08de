package org.sitmap.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A bar across the window telling the user what happened to the database on opening (see
 * {@link SituationViewModel#notices()}): one line per notice, and Dismiss. It takes no room while there is nothing
 * to say, and shows again when new notices arrive. FX thread only.
 */
public final class NoticeBanner extends HBox {
    /** Node id of the banner, for tests. */
    public static final String ID = "storeNotices";
    /** Style class (see {@code sitmap.css}). */
    public static final String STYLE = "store-notices";

    private final VBox lines = new VBox(4);

    public NoticeBanner(ObservableList<String> notices) {
        setId(ID);
        getStyleClass().add(STYLE);
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> setShown(false));
        HBox.setHgrow(lines, Priority.ALWAYS);
        getChildren().addAll(new FontIcon("mdi2d-database-alert"), lines, dismiss);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        notices.addListener((ListChangeListener<String>) c -> show(notices));
        show(notices);
    }

    private void show(ObservableList<String> notices) {
        lines.getChildren().setAll(notices.stream().map(NoticeBanner::line).toList());
        setShown(!notices.isEmpty());
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private void setShown(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }
}
