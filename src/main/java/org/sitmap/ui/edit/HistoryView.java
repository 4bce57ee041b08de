package org.sitmap.ui.edit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Function;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.UserRow;
import org.sitmap.edit.RowSummary;

/**
 * Every edit, oldest first: when, who, what, the row before and after. Any version can be brought back (itself an
 * edit in the history); a retracted row can be shown again.
 */
public final class HistoryView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final Stage stage = new Stage();

    public HistoryView(EditViewModel vm, Window owner) {
        TableView<EditRecord> table = new TableView<>(vm.history());
        table.setId("historyTable");
        table.getColumns().add(column("#", r -> String.valueOf(r.seq()), 40));
        table.getColumns().add(column("When", r -> WHEN.format(r.at()), 140));
        table.getColumns().add(column("Who", EditRecord::author, 90));
        table.getColumns().add(column("What", r -> r.action().name().toLowerCase(Locale.ROOT).replace('_', ' '), 90));
        table.getColumns().add(column("Row", r -> r.write().rowId(), 70));
        table.getColumns().add(column("Before", r -> RowSummary.of(r.write().before()), 260));
        table.getColumns().add(column("After", r -> RowSummary.of(r.write().after()), 260));
        VBox.setVgrow(table, Priority.ALWAYS);

        var selected = table.getSelectionModel().selectedItemProperty();
        Button restoreBefore = new Button("Restore the version before");
        restoreBefore.setId("restoreBeforeButton");
        restoreBefore.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        restoreBefore.setOnAction(e -> vm.restoreVersion(selected.get(), true));
        Button restoreAfter = new Button("Restore the version after");
        restoreAfter.setId("restoreAfterButton");
        restoreAfter.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        restoreAfter.setOnAction(e -> vm.restoreVersion(selected.get(), false));
        Button showAgain = new Button("Show again (undo the retraction)");
        showAgain.setId("unretractButton");
        showAgain.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            EditRecord r = selected.get();
            UserRow now = r == null ? null : vm.userRowsProperty().get().get(r.write().rowId());
            return now == null || !now.isRetracted() || vm.busyProperty().get();
        }, selected, vm.userRowsProperty(), vm.busyProperty()));
        showAgain.setOnAction(e -> vm.unretract(selected.get().write().rowId()));
        Label message = new Label();
        message.getStyleClass().add(FieldProblem.STYLE_CLASS);
        message.textProperty().bind(vm.messageProperty());

        VBox root = new VBox(8, table, new HBox(8, restoreBefore, restoreAfter, showAgain), message);
        root.getStyleClass().add("edit-form");
        root.setId("historyView");
        Scene scene = new Scene(root, 1000, 480);
        scene.getStylesheets().add(HistoryView.class.getResource("/org/sitmap/ui/edit/edit.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Edit history");
        if (owner != null) stage.initOwner(owner);
        vm.refresh();
    }

    private static TableColumn<EditRecord, String> column(String title, Function<EditRecord, String> value, double width) {
        TableColumn<EditRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
