package org.sitmap.ui.map;

import org.sitmap.ui.common.EventIcons;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
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
 * <p>Marker and cluster nodes are kept in the layer and reused: a step of the timeline moves them and gives them
 * their new event or count, and hides the ones it does not need, rather than making and styling new nodes (making and
 * styling them, and re-adding the kept ones to the scene, which re-styles them too, was most of the markers' part of a
 * timeline step: issue 18). A node is only made when more are shown than ever before. FX thread only.
 */
public final class EventsLayer extends QuietLayer {
    public static final String MARKER = "event-marker", CLUSTER = "event-cluster";
    private static final double CLUSTER_RADIUS = 26, MARKER_RADIUS = 13, CLUSTER_SIZE = 14;
    /** How far up and right of its point a badge sits: clear of a locality dot (radius ≤ 4.5) under the point. */
    static final double BADGE_OFFSET = 15;
    /** Node property of a cluster: true if a click zooms in, false if it lists the events (they share one point). */
    public static final String ZOOMS_IN = "zoomsIn";
    /** Node property: the event a marker shows ({@link Event}), or the events a cluster holds ({@link List}). */
    private static final String SHOWS = "shows";
    private final Consumer<Event> onSelect;
    private final BiConsumer<Point2D, Double> onZoomIn;
    /** Every marker and cluster node of the layer, shown or spare (hidden); all of them are children of the layer. */
    private final List<StackPane> markerNodes = new ArrayList<>(), clusterNodes = new ArrayList<>();
    /** The nodes shown: markers by event id, clusters by their events' ids. */
    private Map<String, StackPane> markers = new HashMap<>(), clusters = new HashMap<>();
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

    /** Replaces the events marked; the next layout shows them, reusing the nodes shown now. */
    public void setEvents(List<RecentEvents.Marked> events) {
        List<RecentEvents.Marked> sorted = events.stream().sorted(Comparator.comparingDouble(RecentEvents.Marked::age)).toList();
        if (sorted.equals(marked)) return;
        marked = sorted;
        markDirty();
    }

    /** Highlights the marker of the given event (null: none). */
    public void setSelected(String eventId) {
        selectedId = eventId;
        markers.forEach((id, node) -> node.pseudoClassStateChanged(MapStyles.SELECTED, id.equals(eventId)));
    }

    /** The marker and cluster nodes shown; for tests. */
    List<StackPane> shownNodes() {
        List<StackPane> out = new ArrayList<>(markers.values());
        out.addAll(clusters.values());
        return out;
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
        List<MarkerClusters.Cluster<RecentEvents.Marked>> groups = MarkerClusters.of(shown, at, CLUSTER_RADIUS);
        // Nodes already showing the same event or cluster keep it; the others take a spare node.
        Map<String, StackPane> nextMarkers = new HashMap<>(), nextClusters = new HashMap<>();
        List<MarkerClusters.Cluster<RecentEvents.Marked>> unplaced = new ArrayList<>();
        for (MarkerClusters.Cluster<RecentEvents.Marked> c : groups) {
            StackPane n = c.items().size() == 1 ? markers.remove(id(c)) : clusters.remove(key(c));
            if (n == null) unplaced.add(c);
            else place(c, n, nextMarkers, nextClusters);
        }
        Deque<StackPane> spareMarkers = spare(markerNodes, markers), spareClusters = spare(clusterNodes, clusters);
        for (MarkerClusters.Cluster<RecentEvents.Marked> c : unplaced) {
            boolean single = c.items().size() == 1;
            StackPane n = single ? spareMarkers.poll() : spareClusters.poll();
            if (n == null) {
                n = single ? marker() : cluster();
                (single ? markerNodes : clusterNodes).add(n);
                getChildren().add(n);
            }
            place(c, n, nextMarkers, nextClusters);
        }
        for (StackPane n : spareMarkers) hide(n);
        for (StackPane n : spareClusters) hide(n);
        markers = nextMarkers;
        clusters = nextClusters;
    }

    /** The nodes free for this redraw: those shown before and not kept ({@code leftOver}), then the hidden ones. */
    private static Deque<StackPane> spare(List<StackPane> all, Map<String, StackPane> leftOver) {
        Deque<StackPane> out = new ArrayDeque<>(leftOver.values());
        for (StackPane n : all) {
            if (!n.isVisible()) out.add(n);
        }
        return out;
    }

    private static String id(MarkerClusters.Cluster<RecentEvents.Marked> c) {
        return c.items().get(0).event().id();
    }

    private static String key(MarkerClusters.Cluster<RecentEvents.Marked> c) {
        StringBuilder b = new StringBuilder();
        for (RecentEvents.Marked m : c.items()) b.append(m.event().id()).append('|');
        return b.toString();
    }

    /** Shows {@code c} with {@code n}: its event or count, its fade, its place. */
    private void place(MarkerClusters.Cluster<RecentEvents.Marked> c, StackPane n, Map<String, StackPane> nextMarkers,
                       Map<String, StackPane> nextClusters) {
        if (c.items().size() == 1) {
            RecentEvents.Marked m = c.items().get(0);
            if (n.getProperties().get(SHOWS) != m.event()) {
                n.getProperties().put(SHOWS, m.event());
                ((FontIcon) n.getChildren().get(0)).setIconCode(EventIcons.of(m.event().type()));
            }
            n.pseudoClassStateChanged(MapStyles.SELECTED, m.event().id().equals(selectedId));
            n.setOpacity(RecentEvents.opacity(m.age()));
            nextMarkers.put(m.event().id(), n);
        } else {
            if (n.getProperties().get(SHOWS) == null || !key(c).equals(n.getProperties().get(String.class))) {
                n.getProperties().put(SHOWS, c.items());
                n.getProperties().put(String.class, key(c));
                ((Label) n.getChildren().get(0)).setText(Integer.toString(c.items().size()));
                n.getProperties().put(ZOOMS_IN, c.items().stream().map(RecentEvents.Marked::at).distinct().count() > 1);
            }
            n.getProperties().put(Point2D.class, c.centre());
            nextClusters.put(key(c), n);
        }
        n.setVisible(true);
        n.relocate(c.centre().getX() + BADGE_OFFSET - n.getMinWidth() / 2, c.centre().getY() - BADGE_OFFSET - n.getMinHeight() / 2);
    }

    /** Puts a node aside for later: hidden, and a cluster no longer claims to zoom in. */
    private static void hide(StackPane n) {
        n.setVisible(false);
        n.getProperties().remove(SHOWS);
        n.getProperties().remove(String.class);
        n.getProperties().remove(ZOOMS_IN);
    }

    /** Gluon's layer does not size its children; markers are fixed-size circles, so size them here. */
    @Override
    protected void sizeChildren() {
        for (Node n : getChildren()) {
            if (n instanceof Region r) r.resize(r.getMinWidth(), r.getMinHeight());
        }
    }

    private StackPane marker() {
        FontIcon icon = new FontIcon();
        icon.getStyleClass().add("event-marker-icon");
        StackPane p = sized(new StackPane(icon), MARKER_RADIUS);
        p.getStyleClass().add(MARKER);
        tooltip(p, () -> p.getProperties().get(SHOWS) instanceof Event e ? e.when() + " — " + e.title() : null);
        p.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) return; // the end of a drag: MapView pans
            if (p.getProperties().get(SHOWS) instanceof Event shown) onSelect.accept(shown);
            e.consume();
        });
        return p;
    }

    private StackPane cluster() {
        Label count = new Label();
        count.getStyleClass().add("event-cluster-count");
        StackPane p = sized(new StackPane(count), CLUSTER_SIZE);
        p.getStyleClass().add(CLUSTER);
        tooltip(p, () -> p.getProperties().get(SHOWS) instanceof List<?> items ? items.size() + " events here — click to "
                + (Boolean.TRUE.equals(p.getProperties().get(ZOOMS_IN)) ? "zoom in" : "list them") : null);
        p.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) return;
            e.consume();
            if (!(p.getProperties().get(SHOWS) instanceof List<?> shown)) return;
            @SuppressWarnings("unchecked") List<RecentEvents.Marked> items = (List<RecentEvents.Marked>) shown;
            boolean onePoint = !Boolean.TRUE.equals(p.getProperties().get(ZOOMS_IN));
            Point2D centre = (Point2D) p.getProperties().get(Point2D.class);
            double zoom = baseMap.zoom().get();
            if (onePoint || zoom >= maxZoom) choose(p, items);
            else onZoomIn.accept(centre, Math.min(maxZoom, zoom + 2));
        });
        return p;
    }

    /**
     * A tooltip of what the node shows when the pointer enters it: made on the first hover (a tooltip is a popup
     * window with its own scene), its text renewed at each, since the node is reused for other events.
     */
    private static void tooltip(StackPane node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String t = text.get();
            if (t == null) return;
            Tooltip tip = (Tooltip) node.getProperties().get(Tooltip.class);
            if (tip == null) {
                tip = new Tooltip(t);
                node.getProperties().put(Tooltip.class, tip);
                Tooltip.install(node, tip);
            } else {
                tip.setText(t);
            }
        });
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
