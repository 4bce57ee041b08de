package org.sitmap.ui.timeline;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom bar: the current date shown large, play/pause with its speed, step buttons, and the date slider under
 * a histogram of events per day with marks where control changed and shading over the periods dense with changes.
 * Dragging across the histogram zooms the slider to those days; the zoom-out button shows the whole period again.
 * Holds no logic of its own; while playing, an animation timer feeds the frame time to
 * {@link TimelineViewModel#tick(double)}.
 */
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
        slider.setFocusTraversable(false);
        slider.valueProperty().bindBidirectional(vm.positionProperty());
        Runnable span = () -> {
            slider.setMax(Math.max(0, vm.span()));
            // One tick a day for a few weeks; a week or a month apart over longer data, or the ticks merge.
            slider.setMajorTickUnit(vm.span() > 120 ? 30 : vm.span() > 40 ? 7 : 1);
        };
        vm.shownFirstProperty().addListener((o, a, b) -> span.run());
        vm.shownLastProperty().addListener((o, a, b) -> span.run());
        span.run();
        VBox track = new VBox(new TimelineHistogram(vm), slider);
        HBox.setHgrow(track, Priority.ALWAYS);
        Button zoomOut = button("mdi2m-magnify-minus-outline", "Show the whole period (drag across the bars to zoom in)",
                vm::zoomOut);
        zoomOut.setId("zoomOutButton");
        zoomOut.disableProperty().bind(vm.zoomedProperty().not());

        Button play = button("mdi2p-play", "Play / pause (Space)", vm::togglePlay);
        play.setId("playButton");
        vm.playingProperty().addListener((o, a, on) -> ((FontIcon) play.getGraphic()).setIconLiteral(on ? "mdi2p-pause" : "mdi2p-play"));
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speedChoice");
        speed.getItems().addAll(TimelineViewModel.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : TimelineViewModel.speedLabel(d);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setValue(vm.speedProperty().get());
        speed.valueProperty().addListener((o, a, b) -> { if (b != null) vm.speedProperty().set(b); });
        vm.speedProperty().addListener((o, a, b) -> speed.setValue(b.doubleValue()));
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Playback speed"));

        HBox controls = new HBox(4,
                button("mdi2s-skip-previous", "Start (Home)", vm::toStart),
                button("mdi2c-chevron-double-left", "Previous control change (Shift+Left)", vm::previousChange),
                button("mdi2c-chevron-left", "Previous day (Left)", () -> vm.stepDays(-1)),
                play,
                button("mdi2c-chevron-right", "Next day (Right)", () -> vm.stepDays(1)),
                button("mdi2c-chevron-double-right", "Next control change (Shift+Right)", vm::nextChange),
                button("mdi2s-skip-next", "End (End)", vm::toEnd),
                speed,
                zoomOut,
                track);
        controls.setAlignment(Pos.BOTTOM_LEFT);
        getChildren().addAll(date, controls);
        setSpacing(2);

        // Playback advances at most 60 times a second: the pulse runs at 120 Hz so that the hand's changes show sooner
        // (FramePacing); a replay gains nothing from twice the frames but would cost twice the rendering.
        AnimationTimer timer = new AnimationTimer() {
            private static final long FRAME_NANOS = 1_000_000_000L / 60 - 1_000_000;  // a millisecond's slack for jitter
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0 && now - last < FRAME_NANOS) return;
                if (last >= 0) vm.tick((now - last) / 1e9);
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        vm.playingProperty().addListener((o, a, on) -> {
            if (on) timer.start();
            else timer.stop();
        });
        // Grabbing the slider while playing means "I want this date": stop there.
        slider.setOnMousePressed(e -> vm.pause());
        // The instant snaps to the data's instants during a drag; the thumb follows once the hand lets go.
        slider.setOnMouseReleased(e -> vm.alignPosition());
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) vm.alignPosition();
        });
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
