package org.sitmap.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.domain.Event;

/**
 * Markers for the events of the current window: an icon per event type, older ones fading, overlapping ones merged
 * into a numbered cluster that splits as the user zooms in. Clicking a marker selects its event; clicking a cluster
 * zooms in on it. Marker nodes are built when the events change and only moved when the map moves.
 */
public final class EventsLayer extends MapLayer {
    public static final String MARKER = "event-marker", CLUSTER = "event-cluster";
    private static final double CLUSTER_RADIUS = 26, MARKER_RADIUS = 13, CLUSTER_SIZE = 14;
    private final Consumer<Event> onSelect;
    private final Consumer<Point2D> onZoomIn;
    private final Map<String, StackPane> markers = new LinkedHashMap<>();
    private List<RecentEvents.Marked> marked = List.of();
    private String selectedId;

    /**
     * @param onSelect called with the clicked marker's event
     * @param onZoomIn called with the clicked cluster's position in map coordinates
     */
    public EventsLayer(Consumer<Event> onSelect, Consumer<Point2D> onZoomIn) {
        this.onSelect = onSelect;
        this.onZoomIn = onZoomIn;
        getStyleClass().add("events-layer");
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    /** Replaces the events marked; markers of events still marked are kept and only faded to their new age. */
    public void setEvents(List<RecentEvents.Marked> events) {
        marked = events.stream().sorted(Comparator.comparingDouble(RecentEvents.Marked::age)).toList();
        Map<String, StackPane> kept = new LinkedHashMap<>();
        for (RecentEvents.Marked m : marked) {
            StackPane node = markers.get(m.event().id());
            if (node == null) node = marker(m);
            node.setOpacity(RecentEvents.opacity(m.age()));
            kept.put(m.event().id(), node);
        }
        markers.clear();
        markers.putAll(kept);
        markDirty();
    }

    /** Highlights the marker of the given event (null: none). */
    public void setSelected(String eventId) {
        selectedId = eventId;
        markers.forEach((id, node) -> node.pseudoClassStateChanged(MapStyles.SELECTED, id.equals(eventId)));
    }

    @Override
    protected void layoutLayer() {
        List<Point2D> at = new ArrayList<>();
        List<RecentEvents.Marked> shown = new ArrayList<>();
        for (RecentEvents.Marked m : marked) {
            Point2D p = getMapPoint(m.at().lat(), m.at().lon());
            if (p == null) continue;
            at.add(p);
            shown.add(m);
        }
        List<Node> nodes = new ArrayList<>();
        for (MarkerClusters.Cluster<RecentEvents.Marked> c : MarkerClusters.of(shown, at, CLUSTER_RADIUS)) {
            Region n = c.items().size() == 1 ? markers.get(c.items().get(0).event().id()) : cluster(c);
            n.relocate(c.centre().getX() - n.getMinWidth() / 2, c.centre().getY() - n.getMinHeight() / 2);
            nodes.add(n);
        }
        if (!nodes.equals(getChildren())) getChildren().setAll(nodes);
    }

    /** Gluon's layer does not size its children; markers are fixed-size circles, so size them here. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Node n : getChildren()) {
            if (n instanceof Region r) r.resize(r.getMinWidth(), r.getMinHeight());
        }
    }

    private StackPane marker(RecentEvents.Marked m) {
        FontIcon icon = new FontIcon(EventIcons.of(m.event().type()));
        icon.getStyleClass().add("event-marker-icon");
        StackPane p = sized(new StackPane(icon), MARKER_RADIUS);
        p.getStyleClass().add(MARKER);
        p.pseudoClassStateChanged(MapStyles.SELECTED, m.event().id().equals(selectedId));
        p.setOpacity(RecentEvents.opacity(m.age()));
        p.setId("marker-" + m.event().id());
        Tooltip.install(p, new Tooltip(m.event().when() + " — " + m.event().title()));
        p.setOnMouseClicked(e -> {
            onSelect.accept(m.event());
            e.consume();
        });
        return p;
    }

    private StackPane cluster(MarkerClusters.Cluster<RecentEvents.Marked> c) {
        Label count = new Label(Integer.toString(c.items().size()));
        StackPane p = sized(new StackPane(count), CLUSTER_SIZE);
        p.getStyleClass().add(CLUSTER);
        Tooltip.install(p, new Tooltip(c.items().size() + " events here — click to zoom in"));
        p.setOnMouseClicked(e -> {
            onZoomIn.accept(c.centre());
            e.consume();
        });
        return p;
    }

    private static StackPane sized(StackPane p, double radius) {
        p.setMinSize(2 * radius, 2 * radius);
        p.setPrefSize(2 * radius, 2 * radius);
        p.setMaxSize(2 * radius, 2 * radius);
        return p;
    }
}
