package org.sitmap.ui;

import java.io.File;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sitmap.basemap.BaseMapChoice;
import org.sitmap.basemap.BaseMaps;
import org.sitmap.store.StoreException;
import org.slf4j.LoggerFactory;

/**
 * View → Base map: the offline map (default) or a source the user opts in to. Nothing goes online without a
 * confirmation that says what leaves the machine.
 */
final class BaseMapMenu {
    private final Window owner;
    private final BaseMaps maps;
    private final RadioMenuItem offline = new RadioMenuItem("Offline map (built in)");
    private final RadioMenuItem osm = new RadioMenuItem("OpenStreetMap (online)…");
    private final RadioMenuItem mbtiles = new RadioMenuItem("MBTiles file…");
    private final RadioMenuItem xyz = new RadioMenuItem("Tile server (XYZ URL)…");

    BaseMapMenu(Window owner, BaseMaps maps) {
        this.owner = owner;
        this.maps = maps;
    }

    Menu menu() {
        ToggleGroup group = new ToggleGroup();
        for (RadioMenuItem r : new RadioMenuItem[] {offline, osm, mbtiles, xyz}) r.setToggleGroup(group);
        showChoice();
        offline.setOnAction(e -> select(BaseMapChoice.OFFLINE));
        osm.setOnAction(e -> {
            if (confirmOnline("tile.openstreetmap.org")) select(new BaseMapChoice(BaseMapChoice.Kind.OPENSTREETMAP, ""));
            else showChoice();
        });
        mbtiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open an MBTiles base map");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
            File f = chooser.showOpenDialog(owner);
            if (f != null) select(new BaseMapChoice(BaseMapChoice.Kind.MBTILES, f.getAbsolutePath()));
            else showChoice();
        });
        xyz.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog("https://tile.example.org/{z}/{x}/{y}.png");
            d.initOwner(owner);
            d.setTitle("Tile server");
            d.setHeaderText("URL template with {z}, {x} and {y}");
            Optional<String> url = d.showAndWait();
            if (url.isPresent() && confirmOnline(url.get())) select(new BaseMapChoice(BaseMapChoice.Kind.XYZ, url.get()));
            else showChoice();
        });
        return new Menu("Base map", null, offline, osm, mbtiles, xyz);
    }

    private void showChoice() {
        switch (maps.choice().kind()) {
            case OFFLINE -> offline.setSelected(true);
            case OPENSTREETMAP -> osm.setSelected(true);
            case MBTILES -> mbtiles.setSelected(true);
            case XYZ -> xyz.setSelected(true);
        }
    }

    private boolean confirmOnline(String where) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                "Map tiles will be downloaded from " + where + ". That server sees your IP address and which areas you"
                        + " look at. The situation data stays on this computer.", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText("Use an online base map?");
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void select(BaseMapChoice choice) {
        try {
            maps.select(choice);
        } catch (StoreException | IllegalArgumentException e) {
            LoggerFactory.getLogger(BaseMapMenu.class).warn("Base map {} unavailable", choice, e);
            Alert a = new Alert(Alert.AlertType.ERROR, "The base map could not be opened: " + e.getMessage()
                    + "\nThe previous base map stays on. Check the file or URL and try again.", ButtonType.OK);
            a.initOwner(owner);
            a.showAndWait();
        }
        showChoice();
    }
}
