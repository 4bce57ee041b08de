package org.sitmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.RowKind;
import org.sitmap.domain.UserRow;
import org.sitmap.ui.details.DetailsPane;

/**
 * Puts editing into the main window: the Edit menu (undo, redo, record a change, history), and the buttons of the
 * details panel ("Record a change here", "Correct this", "Retract", "Revert", "Add a place here") with a note on
 * rows that are the user's own.
 */
public final class EditFeature implements DetailsPane.Actions {
    private final EditViewModel vm;
    private final Stage stage;
    private Menu menu;

    private EditFeature(EditViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
    }

    /** Adds the Edit menu after File and the details panel's edit buttons. */
    public static EditFeature install(EditViewModel vm, Stage stage, MenuBar bar, DetailsPane details) {
        EditFeature f = new EditFeature(vm, stage);
        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.setId("undoItem");
        undo.disableProperty().bind(vm.canUndoProperty().not().or(vm.busyProperty()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo.setId("redoItem");
        redo.disableProperty().bind(vm.canRedoProperty().not().or(vm.busyProperty()));
        MenuItem add = item("Record a control change…", null, () -> f.recordChange(null));
        MenuItem addEvent = item("Add an event…", null, () -> f.addEvent(null, null));
        MenuItem history = item("Edit history…", "Shortcut+H", f::openHistory);
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), add, addEvent, history);
        edit.setId("editMenu");
        f.menu = edit;
        bar.getMenus().add(Math.min(1, bar.getMenus().size()), edit);
        MenuItem export = item("Export my edits…", null, f::exportEdits);
        export.setId("exportEditsItem");
        Menu file = bar.getMenus().stream().filter(m -> "File".equals(m.getText())).findFirst().orElse(edit);
        file.getItems().add(0, export);
        details.setActions(f);
        vm.userRowsProperty().addListener(o -> details.refresh());
        return f;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

    private java.time.LocalDate shownDay() {
        return ReportedTime.localDate(vm.situation().instantProperty().get());
    }

    /** Opens the form for a change at {@code place} (may be null) on the day the map shows. */
    public ChangeForm recordChange(Locality place) {
        if (vm.rules() == null) return null;
        ChangeForm form = ChangeForm.add(vm, place, shownDay(), stage);
        form.show();
        return form;
    }

    /**
     * Adds "Your name in the history…" to the Edit menu: {@code current} gives the name now set, {@code save}
     * keeps a new one (in the settings).
     */
    public void allowRenaming(java.util.function.Supplier<String> current, java.util.function.Consumer<String> save) {
        MenuItem rename = item("Your name in the history…", null, () -> {
            TextInputDialog d = new TextInputDialog(current.get());
            d.initOwner(stage);
            d.setTitle("Your name");
            d.setHeaderText("The edit history records this name with each of your edits.");
            d.showAndWait().map(String::strip).ifPresent(save);
        });
        menu.getItems().add(rename);
    }

    /** Opens the form for a new event on the day the map shows, at a place or point when given. */
    public EventForm addEvent(Locality place, GeoPoint point) {
        if (vm.rules() == null) return null;
        EventForm form = EventForm.add(vm, shownDay(), place, point, stage);
        form.show();
        return form;
    }

    @Override
    public List<Node> forEvent(org.sitmap.domain.Event e) {
        List<Node> out = new ArrayList<>();
        UserRow own = vm.userRowsProperty().get().get(e.id());
        if (own != null) {
            Label badge = new Label(own.isOverride() ? "Your correction of " + own.overrides() : "Your edit (" + e.id() + ")");
            badge.getStyleClass().add("user-row-badge");
            out.add(badge);
        }
        Button fix = button(own != null ? "Edit…" : "Correct this…", "correctEventButton");
        fix.setUserData(e.id());
        fix.setOnAction(ev -> EventForm.revise(vm, e, stage).show());
        Button retract = button("Retract…", "retractEventButton");
        retract.setUserData(e.id());
        retract.setOnAction(ev -> askReason(e.id()).ifPresent(reason -> vm.retract(e.id(), reason)));
        FlowPane row = new FlowPane(6, 4);
        row.getChildren().addAll(fix, retract);
        if (own != null && own.isOverride()) {
            Button revert = button("Revert to built-in", "revertEventButton");
            revert.setUserData(e.id());
            revert.setOnAction(ev -> vm.revert(e.id()));
            row.getChildren().add(revert);
        }
        out.add(row);
        return out;
    }

    /** Asks for a folder and writes the user's edits there in the format of data/, or says why not. */
    public void exportEdits() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Export my edits to a folder");
        java.io.File dir = chooser.showDialog(stage);
        if (dir == null) return;
        vm.exportTo(dir.toPath().resolve("sitmap-edits"),
                () -> new org.sitmap.io.DatasetReader().read(org.sitmap.io.DataFiles.embedded()).dataset(), export -> {
                    javafx.scene.control.Alert a = new javafx.scene.control.Alert(export.ok()
                            ? javafx.scene.control.Alert.AlertType.INFORMATION : javafx.scene.control.Alert.AlertType.WARNING);
                    a.initOwner(stage);
                    a.setHeaderText(export.ok() ? "Your edits are in " + dir.toPath().resolve("sitmap-edits")
                            : "Nothing was written: the folder would not validate");
                    List<String> lines = new ArrayList<>();
                    export.problems().forEach(p -> lines.add(p.toString()));
                    export.skipped().forEach(s -> lines.add("not exported: " + s));
                    a.setContentText(lines.isEmpty() ? "Check it with: sitmap validate --onto-builtin FOLDER" : String.join("\n", lines));
                    a.show();
                });
    }

    public HistoryView openHistory() {
        HistoryView view = new HistoryView(vm, stage);
        view.show();
        return view;
    }

    @Override
    public List<Node> forChange(ControlChange c) {
        List<Node> out = new ArrayList<>();
        UserRow own = vm.userRowsProperty().get().get(c.id());
        if (own != null) {
            Label badge = new Label(own.isOverride() ? "Your correction of " + own.overrides() : "Your edit (" + c.id() + ")");
            badge.getStyleClass().add("user-row-badge");
            out.add(badge);
        }
        List<Node> buttons = new ArrayList<>();
        if (c.kind() != org.sitmap.domain.ChangeKind.STATUS_QUO || own != null) {
            Button fix = button(own != null ? "Edit…" : "Correct this…", "correctButton");
            fix.setUserData(c.id());
            fix.setOnAction(e -> ChangeForm.revise(vm, c, stage).show());
            buttons.add(fix);
        }
        Button retract = button("Retract…", "retractButton");
        retract.setUserData(c.id());
        retract.setOnAction(e -> askReason(c.id()).ifPresent(reason -> vm.retract(c.id(), reason)));
        buttons.add(retract);
        if (own != null && own.isOverride()) {
            Button revert = button("Revert to built-in", "revertButton");
            revert.setUserData(c.id());
            revert.setOnAction(e -> vm.revert(c.id()));
            buttons.add(revert);
        }
        FlowPane row = new FlowPane(6, 4);
        row.getChildren().addAll(buttons);
        out.add(row);
        return out;
    }

    @Override
    public List<Node> forPlace(Locality l) {
        Button record = button("Record a change here…", "recordChangeButton");
        record.setOnAction(e -> recordChange(l));
        return List.of(record);
    }

    @Override
    public List<Node> forPoint(GeoPoint p, Locality deciding) {
        List<Node> out = new ArrayList<>();
        if (deciding != null) {
            Button record = button("Record a change at " + deciding.nameEn() + "…", "recordChangeButton");
            record.setOnAction(e -> recordChange(deciding));
            out.add(record);
        }
        Button place = button("Add a place here…", "addPlaceButton");
        place.setOnAction(e -> new LocalityForm(vm, p, stage).show());
        out.add(place);
        Button event = button("Add an event here…", "addEventButton");
        event.setOnAction(e -> addEvent(null, p));
        out.add(event);
        FlowPane row = new FlowPane(6, 4);
        row.getChildren().addAll(out);
        return List.of(row);
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("small");
        return b;
    }

    private Optional<String> askReason(String id) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(stage);
        d.setTitle("Retract " + id);
        d.setHeaderText("Hide " + id + " from the map. Why? (You can undo this, and it stays in the history.)");
        d.getEditor().setId("retractReason");
        d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(d.getEditor().textProperty().isEmpty());
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** For tests: whether {@code id} is a user row now. */
    boolean isUserRow(String id) {
        return RowKind.isUserId(id) && vm.userRowsProperty().get().containsKey(id);
    }
}
