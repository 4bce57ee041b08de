package org.sitmap.ui.timeline;

import java.time.Instant;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Events per day as small bars above the slider, and a tick under them wherever control changed. Drawn to line up
 * with the slider's track: day {@code i} sits over position {@code i}.
 */
final class TimelineHistogram extends Region {
    /** Half of the slider thumb's width: the track starts and ends this far in. */
    static final double INSET = 8;
    private static final double HEIGHT = 30, MARK = 6;
    private final Canvas canvas = new Canvas();
    private final TimelineViewModel vm;

    TimelineHistogram(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline-histogram");
        setId("timelineHistogram");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        getChildren().add(canvas);
        vm.eventsPerDayProperty().addListener(o -> requestLayout());
        vm.lastDayProperty().addListener(o -> requestLayout());
        widthProperty().addListener(o -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double x(double position) {
        double span = Math.max(1e-9, vm.span());
        return INSET + position / span * (getWidth() - 2 * INSET);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int[] counts = vm.eventsPerDayProperty().get();
        int max = 1;
        for (int c : counts) max = Math.max(max, c);
        double dayWidth = x(1) - x(0);
        double barsHeight = getHeight() - MARK - 2;
        g.setFill(Color.web("#5b8fd1", 0.75));
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            double h = Math.max(2, barsHeight * counts[i] / max);
            g.fillRect(x(i) - dayWidth * 0.35, barsHeight - h, dayWidth * 0.7, h);
        }
        g.setStroke(Color.web("#c0392b"));
        g.setLineWidth(1.2);
        for (Instant t : vm.changeInstants()) {
            double p = vm.positionOf(t);
            if (p < 0 || p > vm.span()) continue;
            g.strokeLine(x(p), getHeight() - MARK, x(p), getHeight());
        }
    }
}
