package org.sitmap.ui;

import org.sitmap.ui.common.NoticeBanner;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.UiDates;
import org.sitmap.ui.common.Links;
import java.time.Duration;
import java.util.Optional;
import org.sitmap.basemap.BaseMaps;
import org.sitmap.basemap.LabelLanguage;
import org.sitmap.basemap.TileStyle;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.sitmap.ui.map.MapOptions;
import org.sitmap.ui.map.MapPane;
import org.sitmap.ui.publish.ExportMenu;
import org.sitmap.ui.map.ZonesViewModel;
import org.sitmap.ui.place.GoToPlaceDialog;
import org.sitmap.ui.timeline.TimelineBar;
import org.sitmap.ui.timeline.TimelineViewModel;

/**
 * Assembles the main window: menus, map, event and details panels, timeline and status bar; wires the keyboard and
 * remembers window, map and view state in the settings.
 */
public final class MainWindow {
    private final Stage stage;
    private final Settings settings;
    private final MapOptions options = new MapOptions();
    private Theme theme;
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
    private final ExportMenu exportMenu;

    public MainWindow(Stage stage, Settings settings, FxTaskRunner tasks, SituationViewModel situation, Links links) {
        this.stage = stage;
        this.settings = settings;
        this.situation = situation;
        Preferences prefs = Preferences.from(settings);
        if (prefs.instant() != null) situation.instantProperty().set(prefs.instant());
        this.timeline = new TimelineViewModel(situation.instantProperty());
        this.zones = new ZonesViewModel(tasks, situation);
        this.details = new DetailsViewModel(tasks, situation);
        this.compare = new CompareViewModel(tasks, situation);
        this.map = new MapPane(situation, options, zones, details.highlightProperty(), compare);
        this.eventList = new EventListViewModel(situation, options.arabicLabelsProperty());
        restore(prefs);

        events = new EventPanel(eventList, situation);
        detailsPane = new DetailsPane(details, situation, links,
                () -> new java.time.LocalDate[] {timeline.firstDayProperty().get(), timeline.lastDayProperty().get()}, this::openCompare);
        side = new SplitPane(events, detailsPane);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(prefs.sideDivider());

        // A still label, not a spinning indicator: rendered in software at every pulse, the spinner cost the loading
        // workers about 0.4 s of a 2 s first start on two cores (issue 18).
        Label busy = new Label("Loading the situation…");
        busy.setId("loadingIndicator");
        busy.getStyleClass().add("loading-label");
        busy.visibleProperty().bind(situation.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("load-error");
        error.textProperty().bind(situation.errorProperty());
        error.visibleProperty().bind(situation.errorProperty().isNotEmpty());
        StackPane centre = new StackPane(map, busy, error);

        split = new SplitPane(centre, side);
        split.setDividerPositions(prefs.mapDivider());
        SplitPane.setResizableWithParent(side, false);

        timelineBar = new TimelineBar(timeline);
        BorderPane root = new BorderPane(split);
        exportMenu = new ExportMenu(stage, tasks, situation, map,
                () -> theme == Theme.DARK, () -> options.arabicLabelsProperty().get(),
                () -> options.showEventsProperty().get() ? options.eventWindowProperty().get() : Duration.ZERO);
        menuBar = new MainMenus(this).bar();
        root.setTop(new VBox(menuBar, new NoticeBanner(situation.notices())));
        baseMaps().ifPresent(map::attachBaseMap);
        root.setBottom(new VBox(timelineBar, new StatusBar(map, tasks)));
        scene = new Scene(root, prefs.window().width(), prefs.window().height());
        theme.apply(scene);
        installKeys();

        situation.datasetProperty().addListener((o, a, d) -> timeline.setDataset(d, situation.timelineProperty().get().changeInstants()));
        stage.setTitle("Sitmap — northern Syria situation map");
        stage.setScene(scene);
        if (!Double.isNaN(prefs.window().x())) stage.setX(prefs.window().x());
        if (!Double.isNaN(prefs.window().y())) stage.setY(prefs.window().y());
        stage.setMaximized(prefs.window().maximized());
        stage.setOnHiding(e -> saveState());
    }

    /**
     * Whether the data is read to the end: the window first shows everything but the events (issue 18, cold start),
     * which follow on a worker. FX thread.
     */
    public javafx.beans.binding.BooleanExpression completeProperty() {
        return situation.loadingProperty().not();
    }

    private void restore(Preferences prefs) {
        theme = prefs.theme();
        map.show(prefs.centre(), prefs.zoom());
        options.setEventWindow(prefs.eventWindow());
        options.showEventsProperty().set(prefs.showEvents());
        options.showLocalitiesProperty().set(prefs.showPlaces());
        options.arabicLabelsProperty().set(prefs.arabic());
        map.legendOpenProperty().set(prefs.legendOpen());
        updateBaseMapAppearance();
        options.arabicLabelsProperty().addListener(o -> updateBaseMapAppearance());
        options.showLocalitiesProperty().addListener(o -> updateBaseMapAppearance());
        timeline.speedProperty().set(prefs.speed());
    }

    /** The preferences as the window stands now. */
    private Preferences current() {
        Preferences.WindowBounds bounds = new Preferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
        if (stage.isMaximized()) {
            Preferences saved = Preferences.from(settings);
            bounds = new Preferences.WindowBounds(saved.window().x(), saved.window().y(), saved.window().width(),
                    saved.window().height(), true);
        }
        GeoPoint centre = map.centreProperty().get();
        return new Preferences(bounds, split.getDividerPositions()[0], side.getDividerPositions()[0],
                situation.instantProperty().get(), centre == null ? MapPane.FIRST_RUN_CENTRE : centre,
                map.zoomProperty().get(), theme, options.arabicLabelsProperty().get(), options.showEventsProperty().get(),
                options.showLocalitiesProperty().get(), options.eventWindowProperty().get(), timeline.speedProperty().get(),
                map.legendOpenProperty().get());
    }

    void openGoToPlace() {
        if (situation.datasetProperty().get() == null) return;
        GoToPlaceDialog.ask(stage, situation.datasetProperty().get().localities()).ifPresent(l -> {
            map.show(l.point(), Math.max(map.zoomProperty().get(), 11));
            situation.selectPlace(l);
        });
    }

    /** Asks for a day in the data's period and moves the timeline to its end. */
    void openJumpToDate() {
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker(
                org.sitmap.domain.ReportedTime.localDate(situation.instantProperty().get()));
        picker.setId("jumpDate");
        picker.setConverter(UiDates.converter());
        javafx.scene.control.Dialog<java.time.LocalDate> d = new javafx.scene.control.Dialog<>();
        d.initOwner(stage);
        d.setTitle("Jump to date");
        d.setHeaderText("Day (" + UiDates.day(timeline.firstDayProperty().get()) + " to "
                + UiDates.day(timeline.lastDayProperty().get()) + ")");
        d.getDialogPane().setContent(picker);
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        d.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? picker.getValue() : null);
        d.showAndWait().ifPresent(timeline::jumpTo);
    }

    void openCompare() {
        if (situation.zoneEngineProperty().get() == null) return;
        CompareDialog.ask(stage, timeline.firstDayProperty().get(), timeline.lastDayProperty().get(),
                situation.instantProperty().get()).ifPresent(compare::compareWith);
    }

    void setTheme(Theme theme) {
        this.theme = theme;
        theme.apply(scene);
        settings.put(Settings.THEME, theme.name().toLowerCase(Locale.ROOT)); // the base map reads it at once
        updateBaseMapAppearance();
    }

    Theme theme() {
        return theme;
    }

    /** What the map shows: labels, layers, event window. */
    public MapOptions options() {
        return options;
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
        baseMaps().ifPresent(m -> m.setAppearance(TileStyle.forTheme(theme.name().toLowerCase(Locale.ROOT)),
                options.arabicLabelsProperty().get() ? LabelLanguage.ARABIC : LabelLanguage.ENGLISH,
                !options.showLocalitiesProperty().get()));
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
        current().writeTo(settings);
        settings.save();
    }

    Stage stage() {
        return stage;
    }

    /** The export commands (File menu) and their view model. */
    public ExportMenu exportMenu() {
        return exportMenu;
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

    /** The window's scene (benchmark probes listen to its pulses). */
    public Scene scene() {
        return scene;
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
