package org.sitmap.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.domain.Event;

/**
 * Markers for the events of the current window: an icon per event type, older ones fading, overlapping ones merged
 * into a numbered cluster that splits as the user zooms in. Clicking a marker selects its event; clicking a cluster
 * zooms in on it.
 */
public final class EventsLayer extends MapLayer {
    public static final String MARKER = "event-marker", CLUSTER = "event-cluster";
    private static final double CLUSTER_RADIUS = 26;
    private final Consumer<Event> onSelect;
    private final Consumer<Point2D> onZoomIn;
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

    public void setEvents(List<RecentEvents.Marked> events) {
        this.marked = events.stream().sorted(Comparator.comparingDouble(RecentEvents.Marked::age)).toList();
        markDirty();
    }

    public void setSelected(String eventId) {
        this.selectedId = eventId;
        markDirty();
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
            Node n = c.items().size() == 1 ? marker(c.items().get(0)) : cluster(c);
            n.setLayoutX(c.centre().getX());
            n.setLayoutY(c.centre().getY());
            nodes.add(n);
        }
        getChildren().setAll(nodes);
    }

    private Node marker(RecentEvents.Marked m) {
        FontIcon icon = new FontIcon(EventIcons.of(m.event().type()));
        icon.getStyleClass().add("event-marker-icon");
        StackPane p = centred(new StackPane(icon), 13);
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

    private Node cluster(MarkerClusters.Cluster<RecentEvents.Marked> c) {
        Label count = new Label(Integer.toString(c.items().size()));
        StackPane p = centred(new StackPane(count), 14);
        p.getStyleClass().add(CLUSTER);
        Tooltip.install(p, new Tooltip(c.items().size() + " events here — click to zoom in"));
        p.setOnMouseClicked(e -> {
            onZoomIn.accept(c.centre());
            e.consume();
        });
        return p;
    }

    /** Sizes a marker and shifts it so that its centre sits on its layout position. */
    private static StackPane centred(StackPane p, double radius) {
        p.setMinSize(2 * radius, 2 * radius);
        p.setMaxSize(2 * radius, 2 * radius);
        p.resize(2 * radius, 2 * radius);
        p.setTranslateX(-radius);
        p.setTranslateY(-radius);
        return p;
    }
}
