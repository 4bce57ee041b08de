package org.sitmap.ui.publish;

import java.time.LocalDate;
import org.sitmap.ui.common.FxImages;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.ReportedTime;
import org.sitmap.publish.AreaChart;
import org.sitmap.publish.AreaSeries;
import org.sitmap.publish.Provenance;
import org.sitmap.ui.common.SituationViewModel;

/**
 * A window with the area-over-time chart (the same drawing as {@code sitmap chart}); clicking a day moves the
 * timeline to the end of that day.
 */
public final class AreaChartWindow {
    static final int WIDTH = 1280, HEIGHT = 720;
    private final Stage stage = new Stage();
    private final AreaChart chart;

    public AreaChartWindow(Window owner, SituationViewModel situation, AreaSeries series, Dataset dataset,
            Provenance provenance) {
        stage.initOwner(owner);
        stage.setTitle("Area over time");
        chart = new AreaChart(series, dataset, provenance, WIDTH, HEIGHT);
        ImageView view = new ImageView(FxImages.of(chart.render()));
        view.setId("areaChart");
        Label hint = new Label("Click a day to move the timeline there.");
        view.setOnMouseClicked(e -> {
            LocalDate day = chart.dateAt(e.getX());
            if (day != null) situation.instantProperty().set(ReportedTime.endOfDay(day));
        });
        BorderPane root = new BorderPane(view);
        root.setBottom(hint);
        stage.setScene(new Scene(root));
    }

    public void show() {
        stage.show();
    }

    /** The chart drawn, to find a day's position. */
    public AreaChart chart() {
        return chart;
    }

    public Stage stage() {
        return stage;
    }
}
