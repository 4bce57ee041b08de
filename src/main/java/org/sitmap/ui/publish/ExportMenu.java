package org.sitmap.ui.publish;

import java.io.File;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sitmap.basemap.LabelLanguage;
import org.sitmap.basemap.TileStyle;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.publish.RenderOptions;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.Selection;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.map.MapPane;

/**
 * The File menu's export commands: Export image… (the current view at a chosen size), Export replay… (GIF or MP4,
 * with progress and Cancel), Export dossier… (the selected place, or the place deciding a clicked point), and Area over
 * time… (the chart window). Dialogs gather the choices; {@link ExportViewModel} does the work.
 */
public final class ExportMenu {
    private final Window owner;
    private final ExportViewModel exports;
    private final FxTaskRunner tasks;
    private final SituationViewModel situation;
    private final MapPane map;
    private final BooleanSupplier dark, arabic;
    private final Supplier<Duration> eventWindow;

    /**
     * @param dark        whether the app shows its dark theme
     * @param arabic      whether place names are shown in Arabic
     * @param eventWindow how far back event markers reach, {@link Duration#ZERO} when they are hidden
     */
    public ExportMenu(Window owner, FxTaskRunner tasks, SituationViewModel situation, MapPane map, BooleanSupplier dark,
            BooleanSupplier arabic, Supplier<Duration> eventWindow) {
        this.owner = owner;
        this.tasks = tasks;
        this.situation = situation;
        this.map = map;
        this.dark = dark;
        this.arabic = arabic;
        this.eventWindow = eventWindow;
        this.exports = new ExportViewModel(tasks, situation);
    }

    public ExportViewModel exports() {
        return exports;
    }

    /** The menu items, in order. */
    public List<MenuItem> items() {
        MenuItem image = item("Export image…", "exportImage", "Shortcut+E", this::exportImage);
        MenuItem replay = item("Export replay…", "exportReplay", null, this::exportReplay);
        MenuItem dossier = item("Export dossier of the selected place…", "exportDossier", null, this::exportDossier);
        MenuItem area = item("Area over time…", "areaOverTime", "Shortcut+Shift+A", this::openAreaChart);
        for (MenuItem i : List.of(image, replay, dossier, area)) i.disableProperty().bind(exports.busyProperty());
        return List.of(image, replay, dossier, area);
    }

    /** The current map view as render options of {@code width × height}, in the app's theme and label language. */
    RenderOptions viewOptions(int width, int height) {
        var c = map.centreProperty().get();
        RenderOptions o = RenderOptions.defaults().withSize(width, height)
                .withStyle(dark.getAsBoolean() ? TileStyle.DARK : TileStyle.LIGHT)
                .withLanguage(arabic.getAsBoolean() ? LabelLanguage.ARABIC : LabelLanguage.ENGLISH)
                .withEventWindow(eventWindow.get());
        if (c == null || map.mapView().getWidth() <= 0) return o;
        return o.withBbox(ExportViewModel.viewBox(c.lat(), c.lon(), map.zoomProperty().get(), map.mapView().getWidth(),
                map.mapView().getHeight()));
    }

    private void exportImage() {
        if (!exports.ready()) return;
        ChoiceDialog<String> size = new ChoiceDialog<>("1920×1080", "1280×720", "1920×1080", "2560×1440", "3840×2160");
        size.initOwner(owner);
        size.setTitle("Export image");
        size.setHeaderText("Image size (the map view is fitted into it)");
        Optional<String> chosen = size.showAndWait();
        if (chosen.isEmpty()) return;
        String[] wh = chosen.get().split("×");
        File file = chooser("map.png", new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg")).showSaveDialog(owner);
        if (file == null) return;
        run("Export image", done -> exports.exportImage(file.toPath(),
                viewOptions(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])), done));
    }

    private void exportReplay() {
        if (!exports.ready()) return;
        LocalDate today = ReportedTime.localDate(situation.instantProperty().get());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export replay");
        DatePicker from = new DatePicker(today.minusDays(7)), to = new DatePicker(today);
        ChoiceBox<String> step = new ChoiceBox<>();
        step.getItems().addAll("6 hours", "1 day");
        step.setValue("1 day");
        Spinner<Integer> fps = new Spinner<>(1, 30, 4);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        grid.addRow(2, new Label("One frame every"), step);
        grid.addRow(3, new Label("Frames per second"), fps);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) return;
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            error("The replay must end on or after the day it starts.");
            return;
        }
        File file = chooser("replay.gif", new FileChooser.ExtensionFilter("Animated GIF", "*.gif"),
                new FileChooser.ExtensionFilter("MP4 video (H.264)", "*.mp4")).showSaveDialog(owner);
        if (file == null) return;
        Duration s = step.getValue().startsWith("6") ? Duration.ofHours(6) : Duration.ofDays(1);
        run("Export replay", done -> exports.exportReplay(file.toPath(), from.getValue(), to.getValue(), s,
                fps.getValue(), viewOptions(1280, 720), done));
    }

    private void exportDossier() {
        if (!exports.ready()) return;
        Locality place = selectedPlace();
        if (place == null) {
            error("Select a place or click a zone on the map first; the dossier is about the place that decides it.");
            return;
        }
        File file = chooser(place.nameEn().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + ".pdf",
                new FileChooser.ExtensionFilter("PDF document", "*.pdf")).showSaveDialog(owner);
        if (file == null) return;
        run("Export dossier", done -> exports.exportDossier(place, 10, file.toPath(), done));
    }

    /** The selected place, or the locality deciding a selected point at the current instant; null when none. */
    Locality selectedPlace() {
        Selection s = situation.selectionProperty().get();
        if (s instanceof Selection.Place p) return p.locality();
        if (s != null && s.position() != null && situation.zoneEngineProperty().get() != null) {
            return situation.zoneEngineProperty().get().detailsAt(situation.instantProperty().get(), s.position())
                    .map(d -> d.decidingLocality()).orElse(null);
        }
        return null;
    }

    void openAreaChart() {
        if (!exports.ready()) return;
        var data = situation.datasetProperty().get();
        exports.computeArea(series -> {
            chartWindow = new AreaChartWindow(owner, situation, series, data, exports.provenance());
            chartWindow.show();
        });
    }

    private AreaChartWindow chartWindow;

    /** The area-over-time window last opened, or null. */
    public AreaChartWindow chartWindow() {
        return chartWindow;
    }

    private interface Start {
        TaskRunner.Cancellable start(Runnable done);
    }

    private void run(String title, Start start) {
        ProgressWindow w = new ProgressWindow(owner, title, tasks.progressProperty(), tasks.messageProperty());
        w.show(start.start(w::close));
    }

    private void error(String text) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, text);
        a.initOwner(owner);
        a.showAndWait();
    }

    private static FileChooser chooser(String name, FileChooser.ExtensionFilter... filters) {
        FileChooser c = new FileChooser();
        c.setInitialFileName(name);
        c.getExtensionFilters().addAll(filters);
        return c;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

}
