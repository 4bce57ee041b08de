package org.sitmap.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.geo.ZoneDiff;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.UiDates;
import org.sitmap.ui.common.SituationViewModel;

/** The comparison's km² per faction, over the map's top-right corner while a comparison is shown. */
final class ComparisonView extends VBox {
    private final GridPane rows = new GridPane();
    private final Label title = new Label();

    ComparisonView(CompareViewModel vm, SituationViewModel situation) {
        getStyleClass().addAll("map-legend", "comparison");
        setId("comparison");
        title.getStyleClass().add("map-legend-title");
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setTooltip(new Tooltip("Clear the comparison"));
        close.setOnAction(e -> vm.clear());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        rows.getStyleClass().add("map-legend-rows");
        getChildren().addAll(head, rows);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        vm.comparisonProperty().addListener((o, a, c) -> show(c, situation.paletteProperty().get()));
        setVisible(false);
        setManaged(false);
    }

    private void show(CompareViewModel.Comparison c, FactionPalette palette) {
        setVisible(c != null);
        setManaged(c != null);
        rows.getChildren().clear();
        if (c == null) return;
        ZoneDiff d = c.diff();
        title.setText("Changes " + UiDates.day(d.from()) + " → " + UiDates.day(d.to()) + " (km²)");
        rows.addRow(0, new Label(""), header("gained"), header("lost"), header("net"));
        int r = 1;
        for (ZoneDiff.FactionChange f : d.factions()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatch.setStyle("-fx-background-color: " + FactionPalette.web(palette.color(f.faction())) + ";");
            Label name = new Label(f.faction(), swatch);
            rows.addRow(r++, name, number(f.gainedKm2()), number(-f.lostKm2()), number(f.gainedKm2() - f.lostKm2()));
        }
        for (ZoneDiff.Passed p : d.successions()) {
            Label l = new Label(String.format(java.util.Locale.ROOT, "%s → %s: %,.0f km² by succession (%s), not lost", p.from(), p.to(),
                    p.areaKm2(), String.join(", ", p.via().stream().map(s -> s.when().date().toString()).toList())));
            l.getStyleClass().add("comparison-succession");
            l.setId("comparison-succession-" + p.from());
            rows.add(l, 0, r++, 4, 1);
        }
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label number(double km2) {
        Label l = new Label(LegendView.delta(km2));
        l.getStyleClass().addAll("map-legend-number", km2 > 0.5 ? "gain" : km2 < -0.5 ? "loss" : "steady");
        return l;
    }
}
