package org.sitmap.ui.timeline;

import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.sitmap.domain.DayRange;

/**
 * Events per day as small bars above the slider, a tick under them wherever control changed, and a shaded band
 * under the periods dense with changes. Drawn to line up with the slider's track over the days it shows: day
 * {@code i} of the shown range sits over position {@code i}. Dragging across it zooms the slider to the days dragged
 * over.
 */
final class TimelineHistogram extends Region {
    /** Half of the slider thumb's width: the track starts and ends this far in. */
    static final double INSET = 8;
    private static final double HEIGHT = 30, MARK = 6;
    private final Canvas canvas = new Canvas();
    private final TimelineViewModel vm;
    /** Slider positions where a drag started and where it is now; NaN when no drag is under way. */
    private double dragFrom = Double.NaN, dragTo = Double.NaN;

    TimelineHistogram(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline-histogram");
        setId("timelineHistogram");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setCursor(Cursor.CROSSHAIR);
        Tooltip.install(this, new Tooltip("Drag across the days to zoom the timeline to them"));
        getChildren().add(canvas);
        vm.eventsPerDayProperty().addListener(o -> requestLayout());
        vm.shownFirstProperty().addListener(o -> requestLayout());
        vm.shownLastProperty().addListener(o -> requestLayout());
        widthProperty().addListener(o -> requestLayout());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            dragFrom = position(e.getX());
            dragTo = dragFrom;
            draw();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Double.isNaN(dragFrom)) return;
            dragTo = position(e.getX());
            draw();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (Double.isNaN(dragFrom)) return;
            LocalDate a = vm.dayAt(dragFrom), b = vm.dayAt(position(e.getX()));
            dragFrom = Double.NaN;
            dragTo = Double.NaN;
            if (!a.equals(b)) vm.zoomTo(a, b);  // a click is not a zoom
            draw();
        });
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

    private double position(double x) {
        double width = Math.max(1e-9, getWidth() - 2 * INSET);
        return (x - INSET) / width * vm.span();
    }

    /** Slider position of the end of {@code day}. */
    private double positionOfDay(LocalDate day) {
        return day.toEpochDay() - vm.shownFirstProperty().get().toEpochDay();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double span = vm.span();
        double dayWidth = x(1) - x(0);
        double barsHeight = getHeight() - MARK - 2;
        g.setFill(Color.web("#e67e22", 0.22));
        for (DayRange r : vm.densePeriods()) {
            double from = Math.max(-0.5, positionOfDay(r.first()) - 0.5), to = Math.min(span + 0.5, positionOfDay(r.last()) + 0.5);
            if (to > from) g.fillRect(x(from), 0, x(to) - x(from), getHeight());
        }
        int[] counts = vm.eventsPerDayProperty().get();
        int offset = (int) (vm.shownFirstProperty().get().toEpochDay() - vm.firstDayProperty().get().toEpochDay());
        int max = 1;
        for (int i = Math.max(0, offset); i < counts.length && i - offset <= span; i++) max = Math.max(max, counts[i]);
        g.setFill(Color.web("#5b8fd1", 0.75));
        for (int i = Math.max(0, offset); i < counts.length && i - offset <= span; i++) {
            if (counts[i] == 0) continue;
            double h = Math.max(2, barsHeight * counts[i] / max);
            g.fillRect(x(i - offset) - dayWidth * 0.35, barsHeight - h, dayWidth * 0.7, h);
        }
        g.setStroke(Color.web("#c0392b"));
        g.setLineWidth(1.2);
        for (Instant t : vm.changeInstants()) {
            double p = vm.positionOf(t);
            if (p < 0 || p > span) continue;
            g.strokeLine(x(p), getHeight() - MARK, x(p), getHeight());
        }
        if (!Double.isNaN(dragFrom)) {
            double a = x(Math.min(dragFrom, dragTo)), b = x(Math.max(dragFrom, dragTo));
            g.setFill(Color.web("#2c3e50", 0.25));
            g.fillRect(a, 0, Math.max(1, b - a), getHeight());
        }
    }
}
