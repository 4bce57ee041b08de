package org.sitmap.ui.map;

import org.sitmap.ui.common.ZoneShape;
import javafx.scene.control.Label;
import org.sitmap.basemap.BaseMapChoice;
import org.sitmap.basemap.BaseMaps;
import java.io.IOException;
import org.sitmap.ui.common.FxTaskRunner;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.domain.GeoPoint;
import org.sitmap.ui.common.Selection;
import org.sitmap.ui.common.SituationViewModel;

/**
 * The map: Gluon's {@link MapView} with one layer per concern (zones, localities, event markers, selection) and the
 * legend over its corner. Clicking the map selects the point; clicking a dot or marker selects that instead. Reports
 * the pointer's position, the zoom and the scale for the status bar.
 */
public final class MapPane extends StackPane {
    public static final GeoPoint ALEPPO = new GeoPoint(36.20, 37.16);
    /** The first-run view: Aleppo and the Idlib front line west of it. */
    public static final GeoPoint FIRST_RUN_CENTRE = new GeoPoint(36.1, 36.95);
    public static final double FIRST_RUN_ZOOM = 9;
    /** The zoom range offered: the whole region to a street block. */
    public static final double MIN_ZOOM = 4, MAX_ZOOM = 18;
    /** Levels per wheel notch. */
    public static final double WHEEL_STEP = 0.5;
    private final MapView map = new MapView();
    private final SituationViewModel situation;
    private final ZonesLayer zonesLayer;
    private final LocalitiesLayer localitiesLayer;
    private final EventsLayer eventsLayer;
    private final SelectionLayer selectionLayer = new SelectionLayer();
    private final MapViewport viewport = new MapViewport();
    private final DiffLayer diffLayer;
    private final ImportedZonesLayer importedLayer;
    private final ReadOnlyObjectWrapper<GeoPoint> pointer = new ReadOnlyObjectWrapper<>();
    private final MapOptions options;
    private final LegendView legend;
    private List<LocalityMarks.Mark> shownMarks = List.of();

    /**
     * @param options   what to show (labels, layers, event window)
     * @param highlight the zone to outline (the clicked one), or null
     * @param compare   the comparison whose changed areas to highlight
     */
    public MapPane(SituationViewModel situation, MapOptions options, ZonesViewModel zones, ObservableValue<ZoneShape> highlight,
                   CompareViewModel compare) {
        this.situation = situation;
        this.options = options;
        setId("mapPane");
        map.setId("map");
        map.setCenter(FIRST_RUN_CENTRE.lat(), FIRST_RUN_CENTRE.lon());
        map.setZoom(FIRST_RUN_ZOOM);
        zonesLayer = new ZonesLayer(situation.paletteProperty()::get);
        localitiesLayer = new LocalitiesLayer(situation.paletteProperty()::get, situation::selectPlace);
        eventsLayer = new EventsLayer(situation::selectEvent, this::zoomTo);
        eventsLayer.setMaxZoom(MAX_ZOOM);
        diffLayer = new DiffLayer(situation.paletteProperty()::get);
        compare.comparisonProperty().addListener((o, a, c) -> diffLayer.setGains(c == null ? null : c.gained()));
        importedLayer = new ImportedZonesLayer(situation.paletteProperty()::get);
        map.addLayer(zonesLayer);
        map.addLayer(importedLayer);
        map.addLayer(diffLayer);
        // Dots above the event badges: a click on a place's dot always selects the place, a click on the rest of a
        // badge its event or cluster.
        map.addLayer(eventsLayer);
        map.addLayer(localitiesLayer);
        map.addLayer(selectionLayer);
        map.addLayer(viewport);

        zones.shapesProperty().addListener((o, a, b) -> zonesLayer.setShapes(b));
        zonesLayer.setShapes(zones.shapesProperty().get());
        highlight.addListener((o, a, b) -> selectionLayer.setZone(b));
        situation.selectionProperty().addListener((o, a, b) -> onSelection(b));
        situation.instantProperty().addListener(o -> refreshMarks());
        situation.datasetProperty().addListener(o -> refreshMarks());
        viewport.zoomProperty().addListener(o -> refreshLocalities());
        options.eventWindowProperty().addListener(o -> refreshMarks());
        options.arabicLabelsProperty().addListener((o, a, b) -> localitiesLayer.setArabic(b));
        localitiesLayer.setArabic(options.arabicLabelsProperty().get());
        localitiesLayer.visibleProperty().bind(options.showLocalitiesProperty());
        eventsLayer.visibleProperty().bind(options.showEventsProperty());

        // The map holds the keyboard focus, so Space and the arrows drive the timeline (text fields keep them).
        // Handlers are added, never set: MapView's own press and drag handlers pan the map.
        map.setFocusTraversable(true);
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> map.requestFocus());
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer.set(toGeo(e.getX(), e.getY())));
        MapContextMenu contextMenu = new MapContextMenu(situation);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.SECONDARY || !e.isStillSincePress()) return;
            GeoPoint p = toGeo(e.getX(), e.getY());
            if (p != null) contextMenu.show(map, p, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
            GeoPoint p = toGeo(e.getX(), e.getY());
            if (p != null) situation.selectPoint(p);
        });
        // One zoom model for every input: MapView's own wheel and pinch handlers zoom by a tenth of a level without
        // telling anyone, so they are replaced here.
        map.addEventFilter(ScrollEvent.SCROLL, e -> {
            e.consume();
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
            if (notches != 0) zoomAt(map.getZoom() + WHEEL_STEP * Math.max(-2, Math.min(2, notches)), e.getX(), e.getY());
        });
        map.addEventFilter(ZoomEvent.ANY, e -> {
            e.consume();
            if (e.getEventType() == ZoomEvent.ZOOM && e.getZoomFactor() > 0)
                zoomAt(map.getZoom() + Math.log(e.getZoomFactor()) / Math.log(2), e.getX(), e.getY());
        });
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::panByKey);
        legend = new LegendView(zones, situation);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        ComparisonView comparison = new ComparisonView(compare, situation);
        StackPane.setAlignment(comparison, Pos.TOP_RIGHT);
        StackPane.setMargin(comparison, new Insets(10));
        VBox zoomButtons = new VBox(zoomButton("mdi2p-plus", "Zoom in (Ctrl+=, wheel)", 1, "zoomIn"),
                zoomButton("mdi2m-minus", "Zoom out (Ctrl+-, wheel)", -1, "zoomOut"));
        zoomButtons.getStyleClass().add("zoom-buttons");
        zoomButtons.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(zoomButtons, Pos.TOP_LEFT);
        StackPane.setMargin(zoomButtons, new Insets(10));
        getChildren().addAll(map, legend, comparison, zoomButtons);
    }

    private Button zoomButton(String icon, String tip, double steps, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> zoomBy(steps));
        return b;
    }

    private GeoPoint toGeo(double x, double y) {
        MapPoint p = map.getMapPosition(x, y);
        if (p == null || !(Math.abs(p.getLatitude()) <= 90) || !(Math.abs(p.getLongitude()) <= 180)) return null;
        return new GeoPoint(p.getLatitude(), p.getLongitude());
    }

    private void onSelection(Selection s) {
        selectionLayer.setPosition(s == null ? null : s.position());
        if (s == null || s instanceof Selection.Point) selectionLayer.setZone(null);
        eventsLayer.setSelected(s instanceof Selection.Incident i ? i.event().id() : null);
        if ((s instanceof Selection.Incident || s instanceof Selection.Place) && s.position() != null) flyTo(s.position());
    }

    private void refreshMarks() {
        eventsLayer.setEvents(RecentEvents.within(situation.datasetProperty().get(), situation.instantProperty().get(),
                options.eventWindowProperty().get()));
        refreshLocalities();
    }

    private void refreshLocalities() {
        List<LocalityMarks.Mark> marks = LocalityMarks.at(situation.datasetProperty().get(), situation.timelineProperty().get(),
                situation.instantProperty().get(), viewport.zoomProperty().get());
        if (marks.equals(shownMarks)) return;
        shownMarks = marks;
        localitiesLayer.setMarks(marks);
    }

    /**
     * Shows the base map's credit line at the bottom right and reloads the tiles whenever the base map's source or
     * appearance changes. Call once, on the FX thread.
     */
    public void attachBaseMap(BaseMaps maps) {
        Label credit = new Label(maps.attribution());
        credit.setId("mapCredit");
        credit.getStyleClass().add(MapStyles.CREDIT);
        credit.setMouseTransparent(true);
        StackPane.setAlignment(credit, Pos.BOTTOM_RIGHT);
        getChildren().add(credit);
        TileFailureBanner failure = new TileFailureBanner(() -> useOffline(maps));
        StackPane.setAlignment(failure, Pos.TOP_CENTER);
        StackPane.setMargin(failure, new Insets(10));
        getChildren().add(failure);
        maps.addFailureListener(message -> FxTaskRunner.onFx(() -> failure.show(message)));
        maps.addChangeListener(() -> FxTaskRunner.onFx(() -> {
            credit.setText(maps.attribution());
            TileReload.reload(map);
        }));
    }

    private static void useOffline(BaseMaps maps) {
        try {
            maps.select(BaseMapChoice.OFFLINE);
        } catch (IOException e) {
            throw new IllegalStateException("the offline base map opens lazily and cannot fail here", e);
        }
    }

    /** Pans the map smoothly to {@code p}, keeping the zoom. */
    public void flyTo(GeoPoint p) {
        map.flyTo(0, new MapPoint(p.lat(), p.lon()), 0.6);
    }

    /** Centres on {@code p} at {@code zoom} at once. */
    public void show(GeoPoint p, double zoom) {
        map.setZoom(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
        centreOn(p);
    }

    /** Zooms by {@code steps} levels around the middle of the map (negative: out). */
    public void zoomBy(double steps) {
        zoomAt(map.getZoom() + steps, map.getWidth() / 2, map.getHeight() / 2);
    }

    /**
     * Zooms to {@code zoom} (clamped to {@link #MIN_ZOOM}..{@link #MAX_ZOOM}) keeping the point under the map-view
     * pixel ({@code x}, {@code y}) where it is: the map zooms towards the pointer.
     */
    public void zoomAt(double zoom, double x, double y) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        GeoPoint anchor = toGeo(x, y);
        if (anchor == null || map.getWidth() <= 0) {
            map.setZoom(z);
            return;
        }
        GeoPoint centre = WebMercator.centreKeeping(anchor, x - map.getWidth() / 2, y - map.getHeight() / 2, z);
        map.setZoom(z);
        centreOn(centre);
    }

    /** Shows the point at map-view pixel {@code xy} in the middle of the map at {@code zoom}. */
    private void zoomTo(Point2D xy, double zoom) {
        GeoPoint p = toGeo(xy.getX(), xy.getY());
        if (p == null) return;
        map.setZoom(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
        centreOn(p);
    }

    /**
     * Centres on {@code p}. Gluon ignores a centre equal to the last one asked for, even after a drag moved the map,
     * so the centre is nudged first.
     */
    private void centreOn(GeoPoint p) {
        map.setCenter(p.lat() + 1e-7, p.lon() + 1e-7);
        map.setCenter(p.lat(), p.lon());
    }

    /** Pans by a third of the view per press of W, A, S, D or Ctrl+arrow while the map has the keyboard focus. */
    private void panByKey(KeyEvent e) {
        boolean ctrl = e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
        double dx = 0, dy = 0;
        KeyCode k = e.getCode();
        if (plain && k == KeyCode.A || ctrl && k == KeyCode.LEFT) dx = -1;
        else if (plain && k == KeyCode.D || ctrl && k == KeyCode.RIGHT) dx = 1;
        else if (plain && k == KeyCode.W || ctrl && k == KeyCode.UP) dy = -1;
        else if (plain && k == KeyCode.S || ctrl && k == KeyCode.DOWN) dy = 1;
        else return;
        e.consume();
        panBy(dx * map.getWidth() / 3, dy * map.getHeight() / 3);
    }

    /** Moves the view by ({@code dx}, {@code dy}) pixels: positive x shows what lies to the east. */
    public void panBy(double dx, double dy) {
        GeoPoint p = toGeo(map.getWidth() / 2 + dx, map.getHeight() / 2 + dy);
        if (p != null) centreOn(p);
    }

    /** Where {@code p} is drawn, in the coordinates of {@link #mapView()}. */
    public Point2D screenPositionOf(GeoPoint p) {
        return zonesLayer.project(p);
    }

    public MapView mapView() {
        return map;
    }

    public ZonesLayer zonesLayer() {
        return zonesLayer;
    }

    /** The position under the mouse, or null before it first moves over the map. */
    public ReadOnlyObjectProperty<GeoPoint> pointerPositionProperty() {
        return pointer.getReadOnlyProperty();
    }

    /** The geographic point in the middle of the map as shown (after drags too), or null before it is shown. */
    public ReadOnlyObjectProperty<GeoPoint> centreProperty() {
        return viewport.centreProperty();
    }

    /** Whether the legend is expanded. */
    public BooleanProperty legendOpenProperty() {
        return legend.openProperty();
    }

    /** How often the map's layers have redrawn: stays still while nothing changes. */
    public long layerRedraws() {
        return zonesLayer.redraws() + localitiesLayer.redraws() + eventsLayer.redraws() + selectionLayer.redraws()
                + diffLayer.redraws() + importedLayer.redraws() + viewport.redraws();
    }

    /**
     * Draws another mapper's imported zones over the computed ones (or instead of them) and shows, at the top, how
     * far the two agree. Call once, on the FX thread.
     */
    public void showImportedZones(ImportedZonesViewModel imported) {
        Label agreement = new Label();
        agreement.setId("importedAgreement");
        agreement.getStyleClass().add(MapStyles.AGREEMENT);
        agreement.setWrapText(true);
        agreement.setMaxWidth(480);
        agreement.textProperty().bind(imported.summaryProperty());
        agreement.visibleProperty().bind(agreement.textProperty().isNotEmpty());
        agreement.managedProperty().bind(agreement.visibleProperty());
        agreement.setMouseTransparent(true);
        // At the top, where the legend (bottom left) and the credit line (bottom right) leave room.
        StackPane.setAlignment(agreement, Pos.TOP_CENTER);
        StackPane.setMargin(agreement, new Insets(10));
        getChildren().add(agreement);
        Runnable draw = () -> {
            ImportedZonesViewModel.Mode mode = imported.modeProperty().get();
            zonesLayer.setVisible(mode != ImportedZonesViewModel.Mode.INSTEAD);
            importedLayer.setShapes(imported.shownProperty().get(), mode == ImportedZonesViewModel.Mode.INSTEAD);
        };
        imported.shownProperty().addListener(o -> draw.run());
        imported.modeProperty().addListener(o -> draw.run());
        draw.run();
    }

    /** The layer drawing imported zones; for tests. */
    public javafx.scene.Node importedZonesLayer() {
        return importedLayer;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    public ReadOnlyDoubleProperty metresPerPixelProperty() {
        return viewport.metresPerPixelProperty();
    }

}
