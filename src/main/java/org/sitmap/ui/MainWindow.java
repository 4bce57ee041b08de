package org.sitmap.ui;

import java.util.Optional;
import org.sitmap.basemap.BaseMaps;
import org.sitmap.basemap.LabelLanguage;
import org.sitmap.basemap.TileStyle;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import org.sitmap.domain.GeoPoint;
import org.sitmap.platform.Settings;
import org.sitmap.ui.map.CompareDialog;
import org.sitmap.ui.map.CompareViewModel;
import org.sitmap.ui.details.DetailsPane;
import org.sitmap.ui.details.DetailsViewModel;
import org.sitmap.ui.events.EventListViewModel;
import org.sitmap.ui.events.EventPanel;
import org.sitmap.ui.map.MapPane;
import org.sitmap.ui.map.ZonesViewModel;
import org.sitmap.ui.place.GoToPlaceDialog;
import org.sitmap.ui.timeline.TimelineBar;
import org.sitmap.ui.timeline.TimelineViewModel;

/**
 * Assembles the main window: menus, map, event and details panels, timeline and status bar; wires the keyboard and
 * remembers window, map and view state in the settings.
 */
public final class MainWindow {
    private static final String EVENT_WINDOW_HOURS = "map.eventWindowHours", SHOW_EVENTS = "map.showEvents",
            SHOW_LOCALITIES = "map.showLocalities", SPEED = "timeline.speed", RIGHT_DIVIDER = "window.rightDivider";
    private final Stage stage;
    private final Settings settings;
    private final SituationViewModel situation;
    private final TimelineViewModel timeline;
    private final ZonesViewModel zones;
    private final DetailsViewModel details;
    private final CompareViewModel compare;
    private final EventListViewModel eventList;
    private final MapPane map;
    private final EventPanel events;
    private final TimelineBar timelineBar;
    private final SplitPane split;
    private final SplitPane side;
    private final Scene scene;
    private final DetailsPane detailsPane;
    private final javafx.scene.control.MenuBar menuBar;

    public MainWindow(Stage stage, Settings settings, FxTaskRunner tasks, SituationViewModel situation, Links links) {
        this.stage = stage;
        this.settings = settings;
        this.situation = situation;
        settings.get(Settings.LAST_INSTANT).map(MainWindow::parseInstant).ifPresent(situation.instantProperty()::set);
        this.timeline = new TimelineViewModel(situation.instantProperty());
        this.zones = new ZonesViewModel(tasks, situation);
        this.details = new DetailsViewModel(tasks, situation);
        this.compare = new CompareViewModel(tasks, situation);
        this.map = new MapPane(situation, zones, details.highlightProperty(), compare);
        this.eventList = new EventListViewModel(situation, map.arabicLabelsProperty());
        restoreMapState();

        events = new EventPanel(eventList, situation);
        detailsPane = new DetailsPane(details, situation, links,
                () -> new java.time.LocalDate[] {timeline.firstDayProperty().get(), timeline.lastDayProperty().get()}, this::openCompare);
        side = new SplitPane(events, detailsPane);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(settings.getDouble(RIGHT_DIVIDER).orElse(0.58));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("loadingIndicator");
        busy.visibleProperty().bind(situation.loadingProperty());
        busy.setMaxSize(64, 64);
        Label error = new Label();
        error.getStyleClass().add("load-error");
        error.textProperty().bind(situation.errorProperty());
        error.visibleProperty().bind(situation.errorProperty().isNotEmpty());
        StackPane centre = new StackPane(map, busy, error);

        split = new SplitPane(centre, side);
        split.setDividerPositions(settings.getDouble(Settings.DIVIDER).orElse(0.70));
        SplitPane.setResizableWithParent(side, false);

        timelineBar = new TimelineBar(timeline);
        BorderPane root = new BorderPane(split);
        menuBar = new MainMenus(this).bar();
        root.setTop(menuBar);
        baseMaps().ifPresent(map::attachBaseMap);
        root.setBottom(new VBox(timelineBar, new StatusBar(map, tasks)));
        scene = new Scene(root, settings.getDouble(Settings.WINDOW_W).orElse(1280), settings.getDouble(Settings.WINDOW_H).orElse(800));
        Theme.parse(settings.get(Settings.THEME, "light")).apply(scene);
        installKeys();

        situation.datasetProperty().addListener((o, a, d) -> timeline.setDataset(d, situation.timelineProperty().get().changeInstants()));
        stage.setTitle("Sitmap — northern Syria situation map");
        stage.setScene(scene);
        settings.getDouble(Settings.WINDOW_X).ifPresent(stage::setX);
        settings.getDouble(Settings.WINDOW_Y).ifPresent(stage::setY);
        stage.setMaximized(Boolean.parseBoolean(settings.get(Settings.WINDOW_MAXIMIZED, "false")));
        stage.setOnHiding(e -> saveState());
    }

    private void restoreMapState() {
        double lat = settings.getDouble(Settings.MAP_LAT).orElse(MapPane.FIRST_RUN_CENTRE.lat());
        double lon = settings.getDouble(Settings.MAP_LON).orElse(MapPane.FIRST_RUN_CENTRE.lon());
        double zoom = settings.getDouble(Settings.MAP_ZOOM).orElse(MapPane.FIRST_RUN_ZOOM);
        if (Math.abs(lat) <= 85 && Math.abs(lon) <= 180 && zoom >= 1 && zoom <= 19) map.show(new GeoPoint(lat, lon), zoom);
        map.eventWindowProperty().set(Duration.ofHours((long) settings.getDouble(EVENT_WINDOW_HOURS).orElse(24)));
        map.showEventsProperty().set(!"false".equals(settings.get(SHOW_EVENTS, "true")));
        map.showLocalitiesProperty().set(!"false".equals(settings.get(SHOW_LOCALITIES, "true")));
        map.arabicLabelsProperty().set("ar".equals(settings.get(Settings.LABELS, "en")));
        updateBaseMapAppearance();
        map.arabicLabelsProperty().addListener(o -> updateBaseMapAppearance());
        map.showLocalitiesProperty().addListener(o -> updateBaseMapAppearance());
        double speed = settings.getDouble(SPEED).orElse(1);
        timeline.speedProperty().set(speed == 2 || speed == 5 ? speed : 1);
    }

    void openGoToPlace() {
        if (situation.datasetProperty().get() == null) return;
        GoToPlaceDialog.ask(stage, situation.datasetProperty().get().localities()).ifPresent(l -> {
            map.show(l.point(), Math.max(map.zoomProperty().get(), 11));
            situation.selectPlace(l);
        });
    }

    void openCompare() {
        if (situation.zoneEngineProperty().get() == null) return;
        CompareDialog.ask(stage, timeline.firstDayProperty().get(), timeline.lastDayProperty().get(),
                situation.instantProperty().get()).ifPresent(compare::compareWith);
    }

    void setTheme(Theme theme) {
        theme.apply(scene);
        settings.put(Settings.THEME, theme.name().toLowerCase(Locale.ROOT));
        updateBaseMapAppearance();
    }

    /** The installed base map, if the app installed one (tests run without). */
    Optional<BaseMaps> baseMaps() {
        return BaseMaps.installed();
    }

    /**
     * Offline tiles follow the theme and the label language; they label the dataset's places only while the
     * localities layer (which labels them itself) is hidden.
     */
    private void updateBaseMapAppearance() {
        baseMaps().ifPresent(m -> m.setAppearance(TileStyle.forTheme(settings.get(Settings.THEME, "light")),
                map.arabicLabelsProperty().get() ? LabelLanguage.ARABIC : LabelLanguage.ENGLISH,
                !map.showLocalitiesProperty().get()));
    }

    private void installKeys() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) return;
            if (e.isShortcutDown() || e.isAltDown()) return;
            boolean shift = e.isShiftDown();
            if (e.getCode() == KeyCode.LEFT) {
                if (shift) timeline.previousChange(); else timeline.stepDays(-1);
            } else if (e.getCode() == KeyCode.RIGHT) {
                if (shift) timeline.nextChange(); else timeline.stepDays(1);
            } else if (e.getCode() == KeyCode.HOME) {
                timeline.toStart();
            } else if (e.getCode() == KeyCode.END) {
                timeline.toEnd();
            } else if (e.getCode() == KeyCode.SPACE) {
                timeline.togglePlay();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                situation.clearSelection();
            } else {
                return;
            }
            e.consume();
        });
    }

    private void saveState() {
        settings.put(Settings.WINDOW_MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put(Settings.WINDOW_X, stage.getX());
            settings.put(Settings.WINDOW_Y, stage.getY());
            settings.put(Settings.WINDOW_W, stage.getWidth());
            settings.put(Settings.WINDOW_H, stage.getHeight());
        }
        settings.put(Settings.DIVIDER, split.getDividerPositions()[0]);
        settings.put(RIGHT_DIVIDER, side.getDividerPositions()[0]);
        settings.put(Settings.LAST_INSTANT, situation.instantProperty().get().toString());
        GeoPoint centre = map.centreProperty().get();
        if (centre != null) {
            settings.put(Settings.MAP_LAT, centre.lat());
            settings.put(Settings.MAP_LON, centre.lon());
        }
        settings.put(Settings.MAP_ZOOM, map.zoomProperty().get());
        settings.put(Settings.LABELS, map.arabicLabelsProperty().get() ? "ar" : "en");
        settings.put(EVENT_WINDOW_HOURS, map.eventWindowProperty().get().toHours());
        settings.put(SHOW_EVENTS, Boolean.toString(map.showEventsProperty().get()));
        settings.put(SHOW_LOCALITIES, Boolean.toString(map.showLocalitiesProperty().get()));
        settings.put(SPEED, timeline.speedProperty().get());
        settings.save();
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return SituationViewModel.FIRST_RUN_INSTANT;
        }
    }

    Stage stage() {
        return stage;
    }

    Settings settings() {
        return settings;
    }

    EventPanel events() {
        return events;
    }

    public void show() {
        stage.show();
        map.mapView().requestFocus();
    }

    /** The menu bar, for features that add a menu (editing). */
    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    /** The details panel, for features that add controls to it (editing). */
    public DetailsPane detailsPane() {
        return detailsPane;
    }

    public MapPane map() {
        return map;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public SituationViewModel situation() {
        return situation;
    }

    public TimelineBar timelineBar() {
        return timelineBar;
    }

    public ZonesViewModel zones() {
        return zones;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public DetailsViewModel details() {
        return details;
    }

    public EventListViewModel eventList() {
        return eventList;
    }
}
