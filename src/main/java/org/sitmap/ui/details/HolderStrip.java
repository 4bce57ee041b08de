package org.sitmap.ui.details;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ReportedTime;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.UiDates;

/** A locality's control history as a small timeline: one coloured segment per holder across the period. */
final class HolderStrip extends Region {
    private final List<Double> starts = new ArrayList<>(), widths = new ArrayList<>();

    /**
     * One stretch of control.
     *
     * @param from   start, inclusive
     * @param to     end, exclusive
     * @param state  the state, or null before the first sourced change
     */
    record Stretch(Instant from, Instant to, ControlState state) {
    }

    HolderStrip(List<ControlChange> history, LocalDate first, LocalDate last, Instant now, FactionPalette palette) {
        getStyleClass().add("holder-strip");
        Instant start = ReportedTime.endOfDay(first), end = ReportedTime.endOfDay(last);
        double total = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
        for (Stretch s : stretches(history, start, end)) {
            Region r = new Region();
            r.getStyleClass().add("holder-strip-segment");
            if (s.state() == null) {
                r.getStyleClass().add("no-data");
            } else {
                // Faction colours come from the dataset, so they cannot be fixed in the stylesheet.
                r.setStyle("-fx-background-color: " + FactionPalette.web(palette.color(s.state().holder())) + ";");
                if (s.state().contested()) r.getStyleClass().add("contested");
            }
            starts.add((s.from().getEpochSecond() - start.getEpochSecond()) / total);
            widths.add((s.to().getEpochSecond() - s.from().getEpochSecond()) / total);
            r.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"),
                    !now.isBefore(s.from()) && now.isBefore(s.to()));
            Tooltip.install(r, new Tooltip((s.state() == null ? "no sourced control" : s.state().holder()
                    + (s.state().contested() ? " (contested by " + s.state().contestedBy() + ")" : ""))
                    + " · " + UiDates.day(s.from().plusSeconds(1)) + " → " + UiDates.day(s.to())));
            getChildren().add(r);
        }
    }

    /** Segments sit in proportion to their share of the period. */
    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset(), w = getWidth() - x0 - snappedRightInset();
        double y0 = snappedTopInset(), h = getHeight() - y0 - snappedBottomInset();
        for (int i = 0; i < getChildren().size(); i++) {
            getChildren().get(i).resizeRelocate(x0 + starts.get(i) * w, y0, Math.max(1, widths.get(i) * w), h);
        }
    }

    /** The history cut into stretches between {@code start} and {@code end}. Pure. */
    static List<Stretch> stretches(List<ControlChange> history, Instant start, Instant end) {
        List<Stretch> out = new ArrayList<>();
        Instant from = start;
        ControlState state = null;
        for (ControlChange c : history) {
            Instant t = c.when().instant();
            if (t.isAfter(end)) break;
            if (t.isAfter(from)) out.add(new Stretch(from, t, state));
            if (t.isAfter(from)) from = t;
            state = c.resultingState();
        }
        if (end.isAfter(from)) out.add(new Stretch(from, end, state));
        out.removeIf(s -> !s.to().isAfter(s.from()));
        return out;
    }
}
