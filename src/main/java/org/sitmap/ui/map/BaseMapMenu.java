package org.sitmap.ui.map;

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
import org.sitmap.basemap.BaseMapChoice.Kind;
import org.sitmap.basemap.BaseMaps;

/**
 * View → Base map: offline tiles (the default) or an opt-in source. Online sources are confirmed first, since
 * they tell a tile server which area the user looks at.
 */
public final class BaseMapMenu {
    private final BaseMaps maps;
    private final Window owner;
    private final ToggleGroup group = new ToggleGroup();
    private final RadioMenuItem offline = new RadioMenuItem("Offline map (no network)");
    private final RadioMenuItem osm = new RadioMenuItem("OpenStreetMap (online)…");
    private final RadioMenuItem mbtiles = new RadioMenuItem("MBTiles file…");
    private final RadioMenuItem xyz = new RadioMenuItem("Custom XYZ tile URL (online)…");

    public BaseMapMenu(BaseMaps maps, Window owner) {
        this.maps = maps;
        this.owner = owner;
        for (RadioMenuItem r : new RadioMenuItem[] {offline, osm, mbtiles, xyz}) r.setToggleGroup(group);
        offline.setOnAction(e -> select(BaseMapChoice.OFFLINE));
        osm.setOnAction(e -> {
            if (confirmOnline("OpenStreetMap's tile servers")) select(new BaseMapChoice(Kind.OPENSTREETMAP, ""));
            else showActive();
        });
        mbtiles.setOnAction(e -> chooseMbtiles().ifPresentOrElse(f -> select(new BaseMapChoice(Kind.MBTILES, f.getPath())),
                this::showActive));
        xyz.setOnAction(e -> askTemplate().filter(t -> confirmOnline(t))
                .ifPresentOrElse(t -> select(new BaseMapChoice(Kind.XYZ, t)), this::showActive));
        showActive();
    }

    public Menu menu() {
        Menu m = new Menu("Base map", null, offline, osm, mbtiles, xyz);
        m.setId("baseMapMenu");
        return m;
    }

    private void select(BaseMapChoice choice) {
        try {
            maps.select(choice);
        } catch (java.io.IOException | IllegalArgumentException e) {
            Alert a = new Alert(Alert.AlertType.WARNING, e.getMessage() + "\nThe previous base map stays in use.", ButtonType.OK);
            a.initOwner(owner);
            a.setHeaderText("This base map cannot be used");
            a.showAndWait();
        }
        showActive();
    }

    private void showActive() {
        Kind k = maps.choice().kind();
        (k == Kind.OPENSTREETMAP ? osm : k == Kind.MBTILES ? mbtiles : k == Kind.XYZ ? xyz : offline).setSelected(true);
    }

    private boolean confirmOnline(String server) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Tiles will be downloaded from " + server
                + ". The server learns which areas you look at. Offline tiles stay available from this menu.",
                ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText("Use an online base map?");
        return a.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Optional<File> chooseMbtiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an MBTiles file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
        return Optional.ofNullable(chooser.showOpenDialog(owner));
    }

    private Optional<String> askTemplate() {
        TextInputDialog d = new TextInputDialog(maps.choice().kind() == Kind.XYZ ? maps.choice().location() : "https://");
        d.initOwner(owner);
        d.setHeaderText("Tile URL template with {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png");
        return d.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }
}
