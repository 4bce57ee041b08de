package org.sitmap.ui.map;

import org.sitmap.ui.common.EventIcons;
import org.sitmap.ui.common.LazyTooltip;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.domain.Event;

/**
 * Markers for the events of the current window: an icon per event type, older ones fading, overlapping ones merged
 * into a numbered cluster that splits as the user zooms in. A marker is drawn as a badge up and to the right of the
 * event's point, and the map draws locality dots above the badges: a click on a dot selects the place, a click on
 * the badge the event. Clicking a cluster zooms in on it, or, where zooming cannot split it (its events share one
 * point, or the map is at its closest zoom), lists its events to choose from.
 *
 * <p>Marker and cluster nodes are kept between redraws and only moved, so an unchanged map lays nothing out.
 */
public final class EventsLayer extends QuietLayer {
    public static final String MARKER = "event-marker", CLUSTER = "event-cluster";
    private static final double CLUSTER_RADIUS = 26, MARKER_RADIUS = 13, CLUSTER_SIZE = 14;
    /** How far up and right of its point a badge sits: clear of a locality dot (radius ≤ 4.5) under the point. */
    static final double BADGE_OFFSET = 15;
    /** Node property of a cluster: true if a click zooms in, false if it lists the events (they share one point). */
    public static final String ZOOMS_IN = "zoomsIn";
    private final Consumer<Event> onSelect;
    private final BiConsumer<Point2D, Double> onZoomIn;
    private final Map<String, StackPane> markers = new LinkedHashMap<>();
    private Map<String, StackPane> clusters = new HashMap<>();
    private List<RecentEvents.Marked> marked = List.of();
    private String selectedId;
    private double maxZoom = 18;

    /**
     * @param onSelect called with the clicked marker's event
     * @param onZoomIn called with the clicked cluster's point, in map coordinates, and the zoom to show it at
     */
    public EventsLayer(Consumer<Event> onSelect, BiConsumer<Point2D, Double> onZoomIn) {
        this.onSelect = onSelect;
        this.onZoomIn = onZoomIn;
        getStyleClass().add("events-layer");
    }

    /** The closest zoom the map allows; a cluster clicked at it lists its events instead of zooming. */
    void setMaxZoom(double maxZoom) {
        this.maxZoom = maxZoom;
    }

    /** Replaces the events marked; markers of events still marked are kept and only faded to their new age. */
    public void setEvents(List<RecentEvents.Marked> events) {
        List<RecentEvents.Marked> sorted = events.stream().sorted(Comparator.comparingDouble(RecentEvents.Marked::age)).toList();
        if (sorted.equals(marked)) return;
        marked = sorted;
        Map<String, StackPane> kept = new LinkedHashMap<>();
        for (RecentEvents.Marked m : marked) {
            StackPane node = markers.get(m.event().id());
            if (node == null) node = marker(m);
            node.setOpacity(RecentEvents.opacity(m.age()));
            kept.put(m.event().id(), node);
        }
        markers.clear();
        markers.putAll(kept);
        clusters = new HashMap<>();
        markDirty();
    }

    /** Highlights the marker of the given event (null: none). */
    public void setSelected(String eventId) {
        selectedId = eventId;
        markers.forEach((id, node) -> node.pseudoClassStateChanged(MapStyles.SELECTED, id.equals(eventId)));
    }

    @Override
    protected void redraw() {
        List<Point2D> at = new ArrayList<>();
        List<RecentEvents.Marked> shown = new ArrayList<>();
        for (RecentEvents.Marked m : marked) {
            Point2D p = getMapPoint(m.at().lat(), m.at().lon());
            if (p == null) continue;
            at.add(p);
            shown.add(m);
        }
        List<Node> nodes = new ArrayList<>();
        Map<String, StackPane> usedClusters = new HashMap<>();
        for (MarkerClusters.Cluster<RecentEvents.Marked> c : MarkerClusters.of(shown, at, CLUSTER_RADIUS)) {
            Region n;
            if (c.items().size() == 1) {
                n = markers.get(c.items().get(0).event().id());
            } else {
                String key = c.items().stream().map(m -> m.event().id()).reduce((a, b) -> a + "|" + b).orElseThrow();
                n = clusters.containsKey(key) ? clusters.get(key) : cluster(c.items());
                n.getProperties().put(Point2D.class, c.centre());
                usedClusters.put(key, (StackPane) n);
            }
            n.relocate(c.centre().getX() + BADGE_OFFSET - n.getMinWidth() / 2, c.centre().getY() - BADGE_OFFSET - n.getMinHeight() / 2);
            nodes.add(n);
        }
        clusters = usedClusters;
        if (!nodes.equals(getChildren())) getChildren().setAll(nodes);
    }

    /** Gluon's layer does not size its children; markers are fixed-size circles, so size them here. */
    @Override
    protected void sizeChildren() {
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
        LazyTooltip.install(p, m.event().when() + " — " + m.event().title());
        p.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) return; // the end of a drag: MapView pans
            onSelect.accept(m.event());
            e.consume();
        });
        return p;
    }

    private StackPane cluster(List<RecentEvents.Marked> items) {
        Label count = new Label(Integer.toString(items.size()));
        count.getStyleClass().add("event-cluster-count");
        StackPane p = sized(new StackPane(count), CLUSTER_SIZE);
        p.getStyleClass().add(CLUSTER);
        boolean onePoint = items.stream().map(RecentEvents.Marked::at).distinct().count() == 1;
        LazyTooltip.install(p, items.size() + " events here — click to " + (onePoint ? "list them" : "zoom in"));
        p.getProperties().put(ZOOMS_IN, !onePoint);
        p.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) return;
            e.consume();
            Point2D centre = (Point2D) p.getProperties().get(Point2D.class);
            double zoom = baseMap.zoom().get();
            if (onePoint || zoom >= maxZoom) choose(p, items);
            else onZoomIn.accept(centre, Math.min(maxZoom, zoom + 2));
        });
        return p;
    }

    /** A menu of the cluster's events, newest first; choosing one selects it. */
    private void choose(StackPane cluster, List<RecentEvents.Marked> items) {
        ContextMenu menu = new ContextMenu();
        menu.setId("clusterMenu");
        for (RecentEvents.Marked m : items) {
            MenuItem item = new MenuItem(m.event().when() + " — " + m.event().title(), new FontIcon(EventIcons.of(m.event().type())));
            item.setOnAction(e -> onSelect.accept(m.event()));
            menu.getItems().add(item);
        }
        menu.show(cluster, Side.RIGHT, 0, 0);
    }

    private static StackPane sized(StackPane p, double radius) {
        p.setMinSize(2 * radius, 2 * radius);
        p.setPrefSize(2 * radius, 2 * radius);
        p.setMaxSize(2 * radius, 2 * radius);
        p.setPickOnBounds(false);
        return p;
    }
}
