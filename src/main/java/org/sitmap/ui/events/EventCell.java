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
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Event;
import org.sitmap.ui.common.EventIcons;

/**
 * A row of the event list: time, type icon, title (on one line, in full in its tooltip), place, number of sources and a
 * confidence badge; or a day heading. Every row has the list's one fixed height (see {@code EventPanel}).
 * The nodes are built once per cell and only refilled: building them (a tooltip is a popup window with its own scene)
 * and styling them afresh for every row was most of a timeline step's time (issue 18). For the same reason a cell
 * marks a heading with the pseudo-class {@code :event-day}, and a badge its confidence with {@code :high},
 * {@code :medium} or {@code :low}, not with style classes: the list measures its rows through one cell, and a style
 * class changed on it re-styles the cell from scratch at every row, a pseudo-class only switches. Likewise the heading
 * and the row are both always in the cell's one graphic, one of them hidden: swapping the graphic would take a row's
 * nodes out of the scene and put them back, which styles them afresh.
 */
final class EventCell extends ListCell<EventListItem> {
    static final String DAY = "event-day", ROW = "event-row", BADGE = "confidence-badge";
    private static final javafx.css.PseudoClass DAY_CELL = javafx.css.PseudoClass.getPseudoClass(DAY);
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final javafx.css.PseudoClass[] CONFIDENCES = java.util.Arrays.stream(Confidence.values())
            .map(c -> javafx.css.PseudoClass.getPseudoClass(c.name().toLowerCase(Locale.ROOT))).toArray(javafx.css.PseudoClass[]::new);
    private final Label heading = new Label();
    private final Label time = new Label();
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Tooltip titleTip = new Tooltip();
    private final Label meta = new Label();
    private final Label badge = new Label();
    private final HBox row;
    /** The cell's graphic, set once: the heading and the row, one of them shown. */
    private final javafx.scene.layout.StackPane content;

    EventCell() {
        time.getStyleClass().add("event-time");
        time.managedProperty().bind(time.visibleProperty());
        icon.getStyleClass().add("event-type-icon");
        title.getStyleClass().add("event-title");
        title.setTooltip(titleTip);  // one line, cut with an ellipsis (the list's rows are one height): the tip has it all
        meta.getStyleClass().add("event-meta");
        VBox text = new VBox(title, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        text.setPrefWidth(1);
        badge.getStyleClass().add(BADGE);
        heading.getStyleClass().add(DAY);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        row = new HBox(6, time, icon, text, badge);
        row.getStyleClass().add(ROW);
        row.setAlignment(Pos.CENTER_LEFT);
        heading.managedProperty().bind(heading.visibleProperty());
        row.managedProperty().bind(row.visibleProperty());
        content = new javafx.scene.layout.StackPane(heading, row);
        content.setAlignment(Pos.CENTER_LEFT);
        // A heading is as tall as a row: its text sits at the bottom, above the day's rows, with the gap above it.
        javafx.scene.layout.StackPane.setAlignment(heading, Pos.BOTTOM_LEFT);
    }

    private void show(javafx.scene.Node shown) {
        heading.setVisible(shown == heading);
        row.setVisible(shown == row);
        if (getGraphic() != content) setGraphic(content);
    }

    @Override
    protected void updateItem(EventListItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            pseudoClassStateChanged(DAY_CELL, false);
            show(null);  // the graphic stays, empty: the cell shows nothing
            return;
        }
        if (item instanceof EventListItem.Day d) {
            pseudoClassStateChanged(DAY_CELL, true);
            heading.setText(HEADING.format(d.date()) + " · " + d.count() + (d.count() == 1 ? " event" : " events"));
            show(heading);
        } else if (item instanceof EventListItem.Row r) {
            pseudoClassStateChanged(DAY_CELL, false);
            fill(r);
            show(row);
        }
    }

    private void fill(EventListItem.Row r) {
        Event e = r.event();
        // A time of day only where the report gives one: no column of dashes.
        time.setVisible(e.when().time() != null);
        time.setText(e.when().time() == null ? "" : e.when().time().toString());
        icon.setIconCode(EventIcons.of(e.type()));
        title.setText(e.title());
        titleTip.setText(e.title());
        int n = e.citations().size();
        meta.setText((r.place().isEmpty() ? "" : r.place() + " · ") + EventIcons.label(e.type())
                + " · " + n + (n == 1 ? " source" : " sources"));
        badge.setText(e.confidence().name().toLowerCase(Locale.ROOT));
        for (Confidence c : Confidence.values()) badge.pseudoClassStateChanged(CONFIDENCES[c.ordinal()], c == e.confidence());
    }
}
