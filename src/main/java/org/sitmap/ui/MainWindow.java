package org.sitmap.ui;

import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.sitmap.platform.Settings;
import org.sitmap.ui.events.EventPanel;
import org.sitmap.ui.map.MapPane;
import org.sitmap.ui.timeline.TimelineBar;
import org.sitmap.ui.timeline.TimelineViewModel;

/** Assembles the main window: menus, map, event panel, timeline and status bar; remembers its geometry. */
public final class MainWindow {
    private final Stage stage;
    private final Settings settings;
    private final SituationViewModel situation;
    private final TimelineViewModel timeline;
    private final MapPane map = new MapPane();
    private final SplitPane split;
    private final Scene scene;

    public MainWindow(Stage stage, Settings settings, FxTaskRunner tasks, SituationViewModel situation) {
        this.stage = stage;
        this.settings = settings;
        this.situation = situation;
        settings.get(Settings.LAST_INSTANT).map(MainWindow::parseInstant).ifPresent(situation.instantProperty()::set);
        this.timeline = new TimelineViewModel(situation.instantProperty());

        EventPanel events = new EventPanel(situation);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("loadingIndicator");
        busy.visibleProperty().bind(situation.loadingProperty());
        busy.setMaxSize(64, 64);
        Label error = new Label();
        error.getStyleClass().add("load-error");
        error.textProperty().bind(situation.errorProperty());
        error.visibleProperty().bind(situation.errorProperty().isNotEmpty());
        StackPane centre = new StackPane(map, busy, error);

        split = new SplitPane(centre, events);
        split.setDividerPositions(settings.getDouble(Settings.DIVIDER).orElse(0.72));
        SplitPane.setResizableWithParent(events, false);

        BorderPane root = new BorderPane(split);
        root.setTop(menus());
        root.setBottom(new VBox(new TimelineBar(timeline), new StatusBar(map, tasks)));
        scene = new Scene(root, settings.getDouble(Settings.WINDOW_W).orElse(1280), settings.getDouble(Settings.WINDOW_H).orElse(800));
        Theme.parse(settings.get(Settings.THEME, "light")).apply(scene);
        installKeys();

        situation.datasetProperty().addListener((o, a, d) -> timeline.setPeriod(LocalDate.of(2024, 11, 26),
                LocalDate.of(2024, 12, 15), situation.timelineProperty().get().changeInstants()));
        stage.setTitle("Sitmap — northern Syria situation map");
        stage.setScene(scene);
        settings.getDouble(Settings.WINDOW_X).ifPresent(stage::setX);
        settings.getDouble(Settings.WINDOW_Y).ifPresent(stage::setY);
        stage.setMaximized(Boolean.parseBoolean(settings.get(Settings.WINDOW_MAXIMIZED, "false")));
        stage.setOnHiding(e -> saveState());
    }

    private MenuBar menus() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, quit);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (Theme.parse(settings.get(Settings.THEME, "light")) == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme(Theme.LIGHT));
        dark.setOnAction(e -> setTheme(Theme.DARK));
        Menu view = new Menu("View", null, light, dark);

        MenuItem about = new MenuItem("About Sitmap");
        about.setOnAction(e -> AboutDialog.show(stage));
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private void setTheme(Theme theme) {
        theme.apply(scene);
        settings.put(Settings.THEME, theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void installKeys() {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) return;
            boolean shift = e.isShiftDown();
            if (e.getCode() == KeyCode.LEFT) {
                if (shift) timeline.previousChange(); else timeline.stepDays(-1);
            } else if (e.getCode() == KeyCode.RIGHT) {
                if (shift) timeline.nextChange(); else timeline.stepDays(1);
            } else if (e.getCode() == KeyCode.HOME) {
                timeline.toStart();
            } else if (e.getCode() == KeyCode.END) {
                timeline.toEnd();
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
        settings.put(Settings.LAST_INSTANT, situation.instantProperty().get().toString());
        settings.save();
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return SituationViewModel.FIRST_RUN_INSTANT;
        }
    }

    public void show() {
        stage.show();
    }

    public MapPane map() {
        return map;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }
}
