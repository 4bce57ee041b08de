package org.sitmap.ui.timeline;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom bar: the current date shown large, step buttons and the date slider. Holds no logic of its own. */
public final class TimelineBar extends VBox {
    public static final String STYLE_CLASS = "timeline-bar";
    private final Slider slider = new Slider();

    public TimelineBar(TimelineViewModel vm) {
        getStyleClass().add(STYLE_CLASS);
        Label date = new Label();
        date.getStyleClass().add("timeline-date");
        date.setId("timelineDate");
        date.textProperty().bind(vm.dateLabel());

        slider.setId("timelineSlider");
        slider.setMin(0);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        slider.valueProperty().bindBidirectional(vm.positionProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Runnable span = () -> slider.setMax(vm.span());
        vm.firstDayProperty().addListener((o, a, b) -> span.run());
        vm.lastDayProperty().addListener((o, a, b) -> span.run());
        span.run();

        HBox controls = new HBox(4,
                button("mdi2s-skip-previous", "Start (Home)", vm::toStart),
                button("mdi2c-chevron-double-left", "Previous control change (Shift+Left)", vm::previousChange),
                button("mdi2c-chevron-left", "Previous day (Left)", () -> vm.stepDays(-1)),
                button("mdi2c-chevron-right", "Next day (Right)", () -> vm.stepDays(1)),
                button("mdi2c-chevron-double-right", "Next control change (Shift+Right)", vm::nextChange),
                button("mdi2s-skip-next", "End (End)", vm::toEnd),
                slider);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(date, controls);
        setSpacing(4);
    }

    private static Button button(String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Slider slider() {
        return slider;
    }
}
