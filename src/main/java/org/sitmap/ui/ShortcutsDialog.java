package org.sitmap.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every key and gesture the window answers to, in one table. */
final class ShortcutsDialog {
    /** Key, then what it does; keep in step with {@link MainMenus} and the window's and map's key handlers. */
    static final List<String[]> BINDINGS = List.of(
            new String[] {"Space", "Play / pause the timeline"},
            new String[] {"← / →", "Previous / next day"},
            new String[] {"Shift+← / Shift+→", "Previous / next control change"},
            new String[] {"Home / End", "First / last day of the data"},
            new String[] {"Drag across the timeline's bars", "Zoom the slider to those days (the magnifier shows all)"},
            new String[] {"Esc", "Clear the selection"},
            new String[] {"Alt+← / Alt+→", "Back / forward through selections"},
            new String[] {"W A S D, or Ctrl+arrows", "Pan the map (while the map has the focus)"},
            new String[] {"Drag", "Pan the map"},
            new String[] {"Wheel, Ctrl+= / Ctrl+-", "Zoom in / out (half a level per wheel notch, at the pointer)"},
            new String[] {"Ctrl+0", "Aleppo and the northern front"},
            new String[] {"Right-click on the map", "Copy coordinates or MGRS; what was here on a day"},
            new String[] {"Ctrl+G", "Go to place"},
            new String[] {"Ctrl+D", "Compare with another date"},
            new String[] {"Ctrl+J", "Jump to a date"},
            new String[] {"Ctrl+F", "Search events"},
            new String[] {"Ctrl+Shift+F", "Clear event filters"},
            new String[] {"Ctrl+Q", "Quit"});

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane table = new GridPane();
        table.setId("shortcuts");
        table.setHgap(16);
        table.setVgap(4);
        int row = 0;
        for (String[] b : BINDINGS) {
            Label key = new Label(b[0]);
            key.getStyleClass().add("text-bold");
            table.addRow(row++, key, new Label(b[1]));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts and gestures (Cmd instead of Ctrl on macOS)");
        a.getDialogPane().setContent(table);
        a.show();
    }
}
