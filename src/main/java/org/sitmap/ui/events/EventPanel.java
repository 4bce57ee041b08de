package org.sitmap.ui.events;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.domain.EventType;
import org.sitmap.domain.Faction;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.Selection;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.EventIcons;

/** The side panel of sourced events: search, filters and the day-grouped list. Selection goes through the view model. */
public final class EventPanel extends VBox {
    public static final String STYLE_CLASS = "event-panel";
    private final ListView<EventListItem> list;
    private final TextField search = new TextField();
    private final EventListViewModel vm;
    private boolean syncing;

    public EventPanel(EventListViewModel vm, SituationViewModel situation) {
        this.vm = vm;
        getStyleClass().add(STYLE_CLASS);
        setId("eventPanel");
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.concat("Sourced events (", vm.countProperty().asString(), ")"));

        search.setId("eventSearch");
        search.setPromptText("Search titles, places (English/Arabic), outlets  (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.searchProperty());

        ComboBox<EventType> type = new ComboBox<>();
        type.setId("typeFilter");
        List<EventType> types = new ArrayList<>();
        types.add(null);
        types.addAll(List.of(EventType.values()));
        type.setItems(FXCollections.observableArrayList(types));
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? "All types" : EventIcons.label(t);
            }

            @Override
            public EventType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(vm.typeFilterProperty());
        type.setMaxWidth(Double.MAX_VALUE);
        type.setPrefWidth(140);
        type.setPromptText("All types");

        ComboBox<String> actor = new ComboBox<>();
        actor.setId("actorFilter");
        actor.valueProperty().bindBidirectional(vm.actorFilterProperty());
        actor.setMaxWidth(Double.MAX_VALUE);
        actor.setPrefWidth(140);
        actor.setPromptText("All actors");
        situation.paletteProperty().addListener((o, a, p) -> {
            List<String> ids = new ArrayList<>();
            ids.add(null);
            p.all().stream().map(Faction::id).forEach(ids::add);
            actor.setItems(FXCollections.observableArrayList(ids));
            actor.setConverter(new StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null ? "All actors" : id + " · " + p.name(id);
                }

                @Override
                public String fromString(String s) {
                    return null;
                }
            });
        });
        HBox.setHgrow(type, Priority.ALWAYS);
        HBox.setHgrow(actor, Priority.ALWAYS);
        HBox filters = new HBox(6, type, actor);

        CheckBox upTo = new CheckBox("Only up to the slider's date");
        upTo.setId("upToSlider");
        upTo.selectedProperty().bindBidirectional(vm.upToSliderProperty());
        ToggleButton order = new ToggleButton(null, new FontIcon("mdi2s-sort-calendar-descending"));
        order.setTooltip(new Tooltip("Newest first / oldest first"));
        order.selectedProperty().bindBidirectional(vm.newestFirstProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox options = new HBox(6, upTo, gap, order);
        options.setAlignment(Pos.CENTER_LEFT);

        list = new ListView<>(vm.items());
        list.setId("eventList");
        list.setCellFactory(v -> new EventCell());
        // Every row one height (sitmap.css: -fx-fixed-cell-size): a list of rows of their own heights re-measures rows
        // to estimate its length whenever its item count changes, which is every step of the slider; that was the
        // largest part of a step on the shipped data (issue 18). Titles therefore take one line; the tooltip and the
        // details give them in full.
        list.getStyleClass().add("event-list");
        list.setPlaceholder(new Label("No event matches. Widen the filters or move the slider."));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b instanceof EventListItem.Row r) vm.select(r.event());
        });
        situation.selectionProperty().addListener((o, a, b) -> showSelected(b));
        vm.items().addListener((javafx.collections.ListChangeListener<EventListItem>) c -> showSelected(situation.selectionProperty().get()));
        getChildren().addAll(title, search, filters, options, list);
        setSpacing(6);
    }

    private void showSelected(Selection s) {
        syncing = true;
        try {
            int k = s instanceof Selection.Incident i ? vm.indexOf(i.event()) : -1;
            if (k >= 0) {
                if (list.getSelectionModel().getSelectedIndex() != k) list.getSelectionModel().select(k);
                list.scrollTo(Math.max(0, k - 1));
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    public ListView<EventListItem> list() {
        return list;
    }

    /** Puts the keyboard focus in the search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
