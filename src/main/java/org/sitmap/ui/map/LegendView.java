package org.sitmap.ui.map;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
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
    private static final PseudoClass GAIN = PseudoClass.getPseudoClass("gain"), LOSS = PseudoClass.getPseudoClass("loss");
    /** Rows by faction id and name, in the order first shown; those of factions not in the legend now are hidden. */
    private final Map<String, Row> byFaction = new LinkedHashMap<>();
    private Label contested, noData;
    private Region contestedSwatch, noDataSwatch;

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

    /** A faction's row: its nodes stay in the grid and are refilled, moved or hidden as the zones change. */
    private final class Row {
        final Region swatch = swatch(null);
        final Label code = new Label(), name = new Label(), area = new Label(), change = new Label();
        final List<Node> nodes = List.of(swatch, code, name, area, change);
        Color colour;

        Row(String factionId, String factionName) {
            code.setText(factionId);
            code.getStyleClass().add("map-legend-code");
            name.setText(factionName);
            name.setId("legend-" + factionId);
            name.getStyleClass().add("map-legend-name");
            org.sitmap.ui.common.LazyTooltip.install(name, factionName);
            area.getStyleClass().add("map-legend-number");
            change.getStyleClass().add("map-legend-number");
            for (int c = 0; c < nodes.size(); c++) rows.add(nodes.get(c), c, 0);
        }

        void show(LegendEntry e, Color c, int r) {
            if (!c.equals(colour)) {
                colour = c;
                // Faction colours come from the dataset, so they cannot be fixed in the stylesheet.
                swatch.setStyle("-fx-background-color: " + FactionPalette.web(c) + ";");
            }
            area.setText(String.format(Locale.ROOT, "%,.0f", e.areaKm2()));
            change.setText(delta(e.changeKm2()));
            change.pseudoClassStateChanged(GAIN, e.changeKm2() > 0.5);
            change.pseudoClassStateChanged(LOSS, e.changeKm2() < -0.5);
            for (Node n : nodes) {
                GridPane.setRowIndex(n, r);
                n.setVisible(true);
                n.setManaged(true);
            }
        }

        void hide() {
            for (Node n : nodes) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }
    }

    /**
     * Fills the rows in from the legend's entries. Rows are kept per faction and only refilled and moved: made and
     * styled afresh at every step of the timeline, they were a visible part of the step's time (issue 18).
     */
    private void rebuild() {
        FactionPalette palette = situation.paletteProperty().get();
        Set<Row> shown = new HashSet<>();
        int r = 0;
        for (LegendEntry e : zones.legend()) {
            Row row = byFaction.computeIfAbsent(e.factionId() + "\u0000" + e.name(), k -> new Row(e.factionId(), e.name()));
            row.show(e, palette.color(e.factionId()), r++);
            shown.add(row);
        }
        for (Row row : byFaction.values()) {
            if (!shown.contains(row)) row.hide();
        }
        if (contested == null) {
            contested = new Label("Contested: hatched in the attacker's colour");
            noData = new Label("No data: too far from any sourced place");
            contestedSwatch = swatch("contested");
            noDataSwatch = swatch("no-data");
            rows.add(contestedSwatch, 0, r);
            rows.add(contested, 1, r, 4, 1);
            rows.add(noDataSwatch, 0, r + 1);
            rows.add(noData, 1, r + 1, 4, 1);
        }
        GridPane.setRowIndex(contestedSwatch, r);
        GridPane.setRowIndex(contested, r);
        GridPane.setRowIndex(noDataSwatch, r + 1);
        GridPane.setRowIndex(noData, r + 1);
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

    private static Region swatch(String variant) {
        Region s = new Region();
        s.getStyleClass().add("legend-swatch");
        if (variant != null) s.getStyleClass().add(variant);
        return s;
    }
}
