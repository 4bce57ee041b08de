package org.sitmap.ui.place;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sitmap.domain.Locality;

/** "Go to place": type a name in English or Arabic, pick a match, and the map flies there. */
public final class GoToPlaceDialog extends Dialog<Locality> {
    public GoToPlaceDialog(Window owner, List<Locality> places) {
        initOwner(owner);
        setTitle("Go to place");
        setHeaderText("Type a place name in English or Arabic");
        PlaceSearch search = new PlaceSearch(places);
        TextField query = new TextField();
        query.setId("placeQuery");
        query.setPromptText("e.g. Tal Rifaat, تل رفعت, Saraqib");
        ListView<Locality> matches = new ListView<>();
        matches.setId("placeMatches");
        matches.setPrefHeight(320);
        matches.setPrefWidth(560); // room for "name · الاسم — kind, governorate" without cutting
        matches.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Locality l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.nameEn() + (l.nameAr().isEmpty() ? "" : "  ·  " + l.nameAr())
                        + "  —  " + l.kind().name().toLowerCase(java.util.Locale.ROOT) + ", " + l.governorate());
            }
        });
        query.textProperty().addListener((o, a, b) -> {
            matches.getItems().setAll(search.find(b, 30));
            if (!matches.getItems().isEmpty()) matches.getSelectionModel().select(0);
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                matches.requestFocus();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && matches.getSelectionModel().getSelectedItem() != null) {
                setResult(matches.getSelectionModel().getSelectedItem());
                close();
            }
        });
        getDialogPane().setContent(new VBox(8, query, matches));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(matches.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == ButtonType.OK ? matches.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> query.requestFocus());
    }

    /** Shows the dialog and waits: the chosen place, or empty. */
    public static Optional<Locality> ask(Window owner, List<Locality> places) {
        return new GoToPlaceDialog(owner, places).showAndWait();
    }
}
