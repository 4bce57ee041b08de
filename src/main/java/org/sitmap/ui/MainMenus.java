package org.sitmap.ui;

import java.time.Duration;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.sitmap.ui.map.BaseMapMenu;
import org.sitmap.ui.map.MapOptions;
import org.sitmap.ui.map.MapPane;
import org.sitmap.ui.timeline.TimelineViewModel;

/**
 * The main window's menus: every command of the window, with its shortcut. Keys that also type text (Space, the
 * arrows, Home, End, Esc) are handled by the window's key filter and only named here, so they never fire while
 * typing in a search box.
 */
final class MainMenus {
    private final MainWindow w;

    MainMenus(MainWindow w) {
        this.w = w;
    }

    MenuBar bar() {
        MenuItem quit = item("Quit", "Shortcut+Q", () -> w.stage().close());
        Menu file = new Menu("File");
        file.getItems().addAll(w.exportMenu().items());
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (w.theme() == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> w.setTheme(Theme.LIGHT));
        dark.setOnAction(e -> w.setTheme(Theme.DARK));

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = new RadioMenuItem("Place names in English");
        RadioMenuItem arabic = new RadioMenuItem("Place names in Arabic");
        english.setToggleGroup(languages);
        arabic.setToggleGroup(languages);
        (w.options().arabicLabelsProperty().get() ? arabic : english).setSelected(true);
        english.setOnAction(e -> w.options().arabicLabelsProperty().set(false));
        arabic.setOnAction(e -> w.options().arabicLabelsProperty().set(true));

        CheckMenuItem showEvents = new CheckMenuItem("Event markers");
        showEvents.selectedProperty().bindBidirectional(w.options().showEventsProperty());
        CheckMenuItem showPlaces = new CheckMenuItem("Localities");
        showPlaces.selectedProperty().bindBidirectional(w.options().showLocalitiesProperty());
        ToggleGroup windows = new ToggleGroup();
        Menu window = new Menu("Event markers from the last…");
        for (Duration d : MapOptions.EVENT_WINDOWS) {
            RadioMenuItem r = new RadioMenuItem(d.toHours() <= 24 ? d.toHours() + " hours" : d.toDays() + " days");
            r.setToggleGroup(windows);
            r.setSelected(w.options().eventWindowProperty().get().equals(d));
            r.setOnAction(e -> w.options().eventWindowProperty().set(d));
            window.getItems().add(r);
        }
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem(), english, arabic, new SeparatorMenuItem(),
                showEvents, showPlaces, window, new SeparatorMenuItem(),
                item("Zoom in", "Shortcut+EQUALS", () -> w.map().zoomBy(1)),
                item("Zoom out", "Shortcut+MINUS", () -> w.map().zoomBy(-1)),
                item("Aleppo and the northern front", "Shortcut+0", () -> w.map().show(MapPane.FIRST_RUN_CENTRE, MapPane.FIRST_RUN_ZOOM)));

        w.baseMaps().ifPresent(m -> view.getItems().add(2, new BaseMapMenu(m, w.stage()).menu()));
        Menu mapMenu = new Menu("Map", null,
                item("Go to place…", "Shortcut+G", w::openGoToPlace),
                item("Compare with another date…", "Shortcut+D", w::openCompare),
                item("Clear comparison", null, w.compare()::clear),
                item("Clear selection (Esc)", null, w.situation()::clearSelection),
                item("Back", "Alt+LEFT", w.situation()::back),
                item("Forward", "Alt+RIGHT", w.situation()::forward));

        ToggleGroup speeds = new ToggleGroup();
        Menu speed = new Menu("Speed");
        for (double s : TimelineViewModel.SPEEDS) {
            RadioMenuItem r = new RadioMenuItem(TimelineViewModel.speedLabel(s));
            r.setToggleGroup(speeds);
            r.setSelected(w.timeline().speedProperty().get() == s);
            r.setOnAction(e -> w.timeline().speedProperty().set(s));
            w.timeline().speedProperty().addListener((o, a, b) -> r.setSelected(b.doubleValue() == s));
            speed.getItems().add(r);
        }
        Menu time = new Menu("Timeline", null,
                item("Play / pause (Space)", null, w.timeline()::togglePlay), speed, new SeparatorMenuItem(),
                item("Previous day (Left)", null, () -> w.timeline().stepDays(-1)),
                item("Next day (Right)", null, () -> w.timeline().stepDays(1)),
                item("Previous control change (Shift+Left)", null, w.timeline()::previousChange),
                item("Next control change (Shift+Right)", null, w.timeline()::nextChange),
                item("Jump to date…", "Shortcut+J", w::openJumpToDate),
                item("Show the whole period (after a drag across the bars)", null, w.timeline()::zoomOut),
                item("Start (Home)", null, w.timeline()::toStart),
                item("End (End)", null, w.timeline()::toEnd));

        Menu eventsMenu = new Menu("Events", null,
                item("Search events", "Shortcut+F", w.events()::focusSearch),
                item("Clear filters", "Shortcut+Shift+F", w.eventList()::clearFilters));

        MenuItem about = item("About Sitmap", null, () -> AboutDialog.show(w.stage()));
        MenuItem keys = item("Keyboard shortcuts", "F1", () -> ShortcutsDialog.show(w.stage()));
        Menu help = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, view, mapMenu, time, eventsMenu, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }
}
