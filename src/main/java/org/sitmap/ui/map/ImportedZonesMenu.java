package org.sitmap.ui.map;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View → Imported zones: off, over Sitmap's zones or instead of them; disabled until a file with zones is imported. */
public final class ImportedZonesMenu {
    public static final String ID = "importedZonesMenu";

    private ImportedZonesMenu() {
    }

    /** Adds the menu at the end of the bar's View menu. */
    public static void install(MenuBar bar, ImportedZonesViewModel imported) {
        Menu menu = new Menu("Imported zones");
        menu.setId(ID);
        ToggleGroup modes = new ToggleGroup();
        for (ImportedZonesViewModel.Mode m : ImportedZonesViewModel.Mode.values()) {
            RadioMenuItem r = new RadioMenuItem(m.label());
            r.setId(ID + "-" + m.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(modes);
            r.setSelected(imported.modeProperty().get() == m);
            r.setOnAction(e -> imported.modeProperty().set(m));
            imported.modeProperty().addListener((o, a, b) -> r.setSelected(b == m));
            menu.getItems().add(r);
        }
        menu.disableProperty().bind(imported.storedProperty().isEqualTo(0));
        bar.getMenus().stream().filter(m -> "View".equals(m.getText())).findFirst()
                .ifPresent(view -> view.getItems().add(menu));
    }
}
