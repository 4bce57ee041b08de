package org.sitmap.ui.events;

import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.ui.SituationViewModel;

/** The side panel of sourced events up to the current instant, newest first. */
public final class EventPanel extends VBox {
    public static final String STYLE_CLASS = "event-panel";
    private final ObservableList<Event> items = FXCollections.observableArrayList();
    private final ListView<Event> list = new ListView<>(items);

    public EventPanel(SituationViewModel vm) {
        getStyleClass().add(STYLE_CLASS);
        setId("eventPanel");
        Label title = new Label("Sourced events");
        title.getStyleClass().add("title-4");
        list.setId("eventList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : e.when() + "  " + e.title() + "  (" + e.citations().size() + " source" + (e.citations().size() == 1 ? ")" : "s)"));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        vm.datasetProperty().addListener((o, a, b) -> refresh(b, vm.instantProperty().get()));
        vm.instantProperty().addListener((o, a, b) -> refresh(vm.datasetProperty().get(), b));
    }

    private void refresh(Dataset d, Instant at) {
        if (d == null) return;
        items.setAll(d.events().stream().filter(e -> !e.when().instant().isAfter(at))
                .sorted((a, b) -> b.when().compareTo(a.when())).toList());
    }

    public ListView<Event> list() {
        return list;
    }
}
