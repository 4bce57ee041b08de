package org.sitmap.ui.events;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.domain.Event;
import org.sitmap.ui.common.EventIcons;

/** A row of the event list: time, type icon, title, place, number of sources and a confidence badge; or a day heading. */
final class EventCell extends ListCell<EventListItem> {
    static final String DAY = "event-day", ROW = "event-row", BADGE = "confidence-badge";
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @Override
    protected void updateItem(EventListItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(DAY, ROW);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof EventListItem.Day d) {
            getStyleClass().add(DAY);
            setGraphic(new Label(HEADING.format(d.date()) + " · " + d.count() + (d.count() == 1 ? " event" : " events")));
        } else if (item instanceof EventListItem.Row r) {
            getStyleClass().add(ROW);
            setGraphic(row(r));
        }
    }

    private static HBox row(EventListItem.Row r) {
        Event e = r.event();
        // A time of day only where the report gives one: no column of dashes.
        Label time = e.when().time() == null ? null : new Label(e.when().time().toString());
        if (time != null) time.getStyleClass().add("event-time");
        FontIcon icon = new FontIcon(EventIcons.of(e.type()));
        icon.getStyleClass().add("event-type-icon");
        Label title = new Label(e.title());
        title.getStyleClass().add("event-title");
        title.setTooltip(new Tooltip(e.title()));
        title.setWrapText(true);
        int n = e.citations().size();
        Label meta = new Label((r.place().isEmpty() ? "" : r.place() + " · ") + EventIcons.label(e.type())
                + " · " + n + (n == 1 ? " source" : " sources"));
        meta.getStyleClass().add("event-meta");
        VBox text = new VBox(title, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        text.setPrefWidth(1);
        Label badge = new Label(e.confidence().name().toLowerCase(Locale.ROOT));
        badge.getStyleClass().addAll(BADGE, e.confidence().name().toLowerCase(Locale.ROOT));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, icon, text, badge);
        if (time != null) box.getChildren().add(0, time);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
