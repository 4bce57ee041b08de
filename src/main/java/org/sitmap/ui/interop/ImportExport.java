package org.sitmap.ui.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.interop.ExportData;
import org.sitmap.interop.ExportFormat;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportFormat;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.ImportService;
import org.sitmap.interop.acled.AcledActorMap;
import org.sitmap.store.SituationService;
import org.sitmap.store.SituationStore;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.SituationViewModel;

/**
 * File → Import…/Export… and files dropped on the window: each import runs in the background through the task
 * runner, in one transaction, with a progress window whose Cancel leaves the store unchanged; then the map reloads
 * and the report shows (savable). Export writes the chosen format in the background.
 */
public final class ImportExport {
    /** Style id of the progress window's bar, for tests. */
    public static final String PROGRESS_ID = "importProgress";

    private final Stage owner;
    private final FxTaskRunner tasks;
    private final SituationService situations;
    private final SituationViewModel situation;

    /** {@code situations} opens the store (built-in data current); each task closes what it opened. */
    public ImportExport(Stage owner, FxTaskRunner tasks, SituationService situations, SituationViewModel situation) {
        this.owner = owner;
        this.tasks = tasks;
        this.situations = situations;
        this.situation = situation;
    }

    /** Lets the scene accept dropped files and imports them. */
    public void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) importFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            e.setDropCompleted(files);
            e.consume();
        });
    }

    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import ACLED CSV, GeoJSON or KML/KMZ");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ACLED CSV, GeoJSON, KML, KMZ", "*.csv", "*.geojson", "*.json", "*.kml", "*.kmz"));
        var files = chooser.showOpenMultipleDialog(owner);
        if (files != null) importFiles(files.stream().map(java.io.File::toPath).toList());
    }

    /** What one background import hands back to the FX thread. */
    private record Outcome(List<ImportReport> reports, List<String> problems, Dataset dataset) {
    }

    /** Style id of the dialog that offers to import a file Sitmap was opened with, for tests. */
    public static final String OFFER_ID = "offerImport";

    /**
     * A file opened with Sitmap (a desktop file association): asks before importing it, since an import writes to
     * the user's database; the import itself is the same as File → Import….
     */
    public void offerImport(Path file) {
        String name = file.getFileName().toString();
        if (ImportFormat.guess(file).isEmpty()) {
            error(name + ": not a file Sitmap imports (.csv, .geojson, .kml, .kmz)");
            return;
        }
        ButtonType importIt = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Import " + name + " into your part of the database?\n"
                + "The built-in data is never changed; territorial events become proposals for you to review.",
                importIt, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Open " + name);
        ask.setHeaderText("Sitmap was opened with " + name);
        ask.getDialogPane().setId(OFFER_ID);
        ask.setOnHidden(e -> {
            if (importIt.equals(ask.getResult())) importFiles(List.of(file));
        });
        ask.show(); // not showAndWait: this may run inside a property listener, where no nested event loop belongs

    }

    /** Imports the files one after another, each in its own transaction, in the background. */
    public void importFiles(List<Path> files) {
        ProgressWindow window = new ProgressWindow("Importing " + files.size() + (files.size() == 1 ? " file" : " files"));
        TaskRunner.Cancellable handle = tasks.run("Importing", progress -> {
            List<ImportReport> reports = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            try (SituationService.Opened opened = situations.open()) {
                SituationStore store = opened.store();
                ImportService service = new ImportService(store);
                for (Path f : files) {
                    Optional<ImportFormat> format = ImportFormat.guess(f);
                    if (format.isEmpty()) {
                        problems.add(f.getFileName() + ": not a file Sitmap imports (.csv, .geojson, .kml, .kmz)");
                        continue;
                    }
                    try {
                        reports.add(service.run(format.get().importer(AcledActorMap.defaults()), f, progress));
                    } catch (ImportException e) {
                        e.problems().forEach(p -> problems.add(p.toString()));
                        problems.add(f.getFileName() + ": nothing imported");
                    } catch (UnsupportedOperationException e) {
                        problems.add(f.getFileName() + ": " + e.getMessage());
                    }
                }
                return new Outcome(reports, problems, store.load());
            }
        }, outcome -> {
            window.close();
            situation.setDataset(outcome.dataset());
            showReport(outcome);
        }, failure -> {
            window.close();
            if (!(failure instanceof java.util.concurrent.CancellationException)) {
                error("The import failed: " + failure.getMessage());
            }
        });
        window.show(handle);
    }

    private void showReport(Outcome outcome) {
        StringBuilder text = new StringBuilder();
        outcome.reports().forEach(r -> text.append(r.toText()).append('\n'));
        if (!outcome.problems().isEmpty()) {
            text.append("Problems (files with problems were not imported):\n");
            outcome.problems().forEach(p -> text.append("  ").append(p).append('\n'));
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setId("importReport");
        area.setPrefSize(640, 360);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import report");
        ButtonType save = new ButtonType("Save report…");
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CLOSE);
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("import-report.txt");
            var file = chooser.showSaveDialog(owner);
            if (file != null) {
                try {
                    Files.writeString(file.toPath(), area.getText(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    error("Could not save the report: " + ex.getMessage());
                }
            }
        });
        dialog.show();
    }

    public void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export zones, events and sources");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("GeoPackage for QGIS (*.gpkg)", "*.gpkg"),
                new FileChooser.ExtensionFilter("KMZ for Google Earth (*.kmz)", "*.kmz"),
                new FileChooser.ExtensionFilter("KML (*.kml)", "*.kml"),
                new FileChooser.ExtensionFilter("GeoJSON, zones of every snapshot (*.geojson)", "*.geojson"),
                new FileChooser.ExtensionFilter("CSV, events with sources (*.csv)", "*.csv"));
        var file = chooser.showSaveDialog(owner);
        if (file != null) export(file.toPath());
    }

    /** Exports everything loaded to {@code out}, its format from the name. */
    public void export(Path out) {
        Dataset d = situation.datasetProperty().get();
        Optional<ExportFormat> format = ExportFormat.guess(out);
        if (d == null || format.isEmpty()) {
            error(d == null ? "Nothing is loaded yet." : "Choose a name ending in .gpkg, .kml, .kmz, .geojson or .csv.");
            return;
        }
        ZoneEngine engine = situation.zoneEngineProperty().get();
        ProgressWindow window = new ProgressWindow("Exporting " + out.getFileName());
        TaskRunner.Cancellable handle = tasks.run("Exporting", progress -> {
            ExportData data = ExportData.of(d, engine != null ? engine : ZoneEngine.forDataset(d), null, null, progress);
            format.get().exporter(out, false).write(data, out, progress);
            return out;
        }, done -> window.close(), failure -> {
            window.close();
            if (!(failure instanceof java.util.concurrent.CancellationException)) error("The export failed: " + failure.getMessage());
        });
        window.show(handle);
    }

    private void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.show();
    }

    /** A small window with the task's progress and a Cancel button. */
    private final class ProgressWindow {
        private final Stage stage = new Stage();
        private final String title;

        ProgressWindow(String title) {
            this.title = title;
        }

        void show(TaskRunner.Cancellable handle) {
            if (handle.isCancelled()) return;
            ProgressBar bar = new ProgressBar();
            bar.setId(PROGRESS_ID);
            bar.setPrefWidth(320);
            bar.progressProperty().bind(tasks.progressProperty());
            Label message = new Label();
            message.textProperty().bind(tasks.messageProperty());
            Button cancel = new Button("Cancel");
            cancel.setId("importCancel");
            cancel.setOnAction(e -> {
                handle.cancel();
                stage.close();
            });
            VBox box = new VBox(8, new Label(title), bar, message, new HBox(cancel));
            box.setPadding(new Insets(12));
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
            stage.setTitle(title);
            stage.setScene(new Scene(box));
            stage.show();
        }

        void close() {
            stage.close();
        }
    }
}
