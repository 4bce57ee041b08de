package org.sitmap.ui.map;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.SituationViewModel;

/**
 * The legend over the map's corner: each holder's colour, area in km² and change since the day before. Clicking its
 * title collapses it to that one line (small windows need the room) and expands it again.
 */
public final class LegendView extends VBox {
    public static final String STYLE_CLASS = "map-legend";
    private final GridPane rows = new GridPane();
    private final ZonesViewModel zones;
    private final SituationViewModel situation;
    private final BooleanProperty open = new SimpleBooleanProperty(true);

    public LegendView(ZonesViewModel zones, SituationViewModel situation) {
        this.zones = zones;
        this.situation = situation;
        getStyleClass().add(STYLE_CLASS);
        setId("legend");
        Label title = new Label("Control · km² (change since previous day)");
        title.getStyleClass().add("map-legend-title");
        title.setId("legendTitle");
        FontIcon chevron = new FontIcon();
        chevron.iconCodeProperty().bind(javafx.beans.binding.Bindings.when(open)
                .then((org.kordamp.ikonli.Ikon) org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHEVRON_DOWN)
                .otherwise(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHEVRON_UP));
        title.setGraphic(chevron);
        title.setCursor(javafx.scene.Cursor.HAND);
        title.setTooltip(new javafx.scene.control.Tooltip("Show or hide the legend"));
        title.setOnMouseClicked(e -> open.set(!open.get()));
        rows.visibleProperty().bind(open);
        rows.managedProperty().bind(open);
        rows.getStyleClass().add("map-legend-rows");
        getChildren().addAll(title, rows);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        zones.legend().addListener((ListChangeListener<LegendEntry>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        FactionPalette palette = situation.paletteProperty().get();
        int r = 0;
        for (LegendEntry e : zones.legend()) {
            Label code = new Label(e.factionId());
            code.getStyleClass().add("map-legend-code");
            Label name = new Label(e.name());
            name.setId("legend-" + e.factionId());
            name.getStyleClass().add("map-legend-name");
            org.sitmap.ui.common.LazyTooltip.install(name, e.name());
            Label area = new Label(String.format(Locale.ROOT, "%,.0f", e.areaKm2()));
            area.getStyleClass().add("map-legend-number");
            Label change = new Label(delta(e.changeKm2()));
            change.getStyleClass().addAll("map-legend-number", e.changeKm2() > 0.5 ? "gain" : e.changeKm2() < -0.5 ? "loss" : "steady");
            rows.addRow(r++, swatch(palette.color(e.factionId()), null), code, name, area, change);
        }
        Label contested = new Label("Contested: hatched in the attacker's colour");
        Label noData = new Label("No data: too far from any sourced place");
        rows.add(swatch(Color.gray(0.6), "contested"), 0, r);
        rows.add(contested, 1, r++, 4, 1);
        rows.add(swatch(Color.TRANSPARENT, "no-data"), 0, r);
        rows.add(noData, 1, r, 4, 1);
    }

    /** Whether the legend shows its rows (else only its title). */
    public BooleanProperty openProperty() {
        return open;
    }

    static String delta(double km2) {
        if (Double.isNaN(km2)) return "—";
        if (Math.abs(km2) < 0.5) return "±0";
        return String.format(Locale.ROOT, "%+,.0f", km2);
    }

    private static Region swatch(Color c, String variant) {
        Region s = new Region();
        s.getStyleClass().add("legend-swatch");
        if (variant != null) s.getStyleClass().add(variant);
        // Faction colours come from the dataset, so they cannot be fixed in the stylesheet.
        else s.setStyle("-fx-background-color: " + FactionPalette.web(c) + ";");
        return s;
    }
}
