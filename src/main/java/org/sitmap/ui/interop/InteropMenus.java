package org.sitmap.ui.interop;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Puts Import…, Export… and the review of proposed changes at the top of the window's File menu. */
public final class InteropMenus {
    private InteropMenus() {
    }

    public static void install(Scene scene, ImportExport io, Runnable review) {
        if (!(scene.lookup("#menuBar") instanceof MenuBar bar)) return;
        Menu file = bar.getMenus().stream().filter(m -> "File".equals(m.getText())).findFirst().orElse(null);
        if (file == null) return;
        MenuItem importItem = item("Import…", "Shortcut+I", io::chooseAndImport);
        importItem.setId("importMenu");
        MenuItem exportItem = item("Export…", "Shortcut+E", io::chooseAndExport);
        MenuItem reviewItem = item("Review proposed control changes…", "Shortcut+R", review);
        reviewItem.setId("reviewMenu");
        file.getItems().addAll(0, java.util.List.of(importItem, exportItem, reviewItem, new SeparatorMenuItem()));
        io.acceptDrops(scene);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }
}
