package org.sitmap.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.sitmap.domain.ReportedTime;

/**
 * The timeline's state and commands: the period covered, the current instant, stepping by day or by control
 * change. The slider binds to {@link #positionProperty()} (days after the period's first day end).
 */
public class TimelineViewModel {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private final ObjectProperty<Instant> instant;
    private final ReadOnlyObjectWrapper<LocalDate> firstDay = new ReadOnlyObjectWrapper<>(LocalDate.of(2024, 11, 26));
    private final ReadOnlyObjectWrapper<LocalDate> lastDay = new ReadOnlyObjectWrapper<>(LocalDate.of(2024, 12, 15));
    private final DoubleProperty position = new SimpleDoubleProperty(0);
    private List<Instant> changeInstants = List.of();
    private boolean syncing;

    public TimelineViewModel(ObjectProperty<Instant> instant) {
        this.instant = instant;
        position.addListener((o, a, b) -> {
            if (syncing) return;
            syncing = true;
            instant.set(instantAt(b.doubleValue()));
            syncing = false;
        });
        instant.addListener((o, a, b) -> syncPosition());
        syncPosition();
    }

    /** Sets the period and the instants at which control changed (for stepping and marks). */
    public void setPeriod(LocalDate first, LocalDate last, List<Instant> changes) {
        firstDay.set(first);
        lastDay.set(last);
        changeInstants = List.copyOf(changes);
        instant.set(clamp(instant.get()));
        syncPosition();
    }

    private void syncPosition() {
        if (syncing) return;
        syncing = true;
        position.set(positionOf(instant.get()));
        syncing = false;
    }

    /** Slider position of an instant: days after the end of the first day. */
    public double positionOf(Instant t) {
        return Duration.between(ReportedTime.endOfDay(firstDay.get()), t).getSeconds() / 86400.0;
    }

    public Instant instantAt(double position) {
        return ReportedTime.endOfDay(firstDay.get()).plusSeconds(Math.round(position * 86400));
    }

    /** Length of the period in days: the slider's maximum. */
    public double span() {
        return positionOf(ReportedTime.endOfDay(lastDay.get()));
    }

    public void stepDays(int days) {
        LocalDate d = ReportedTime.localDate(instant.get().minusSeconds(1)).plusDays(days);
        instant.set(clamp(ReportedTime.endOfDay(d)));
    }

    public void nextChange() {
        changeInstants.stream().filter(t -> t.isAfter(instant.get())).findFirst().ifPresent(instant::set);
    }

    public void previousChange() {
        Instant now = instant.get();
        for (int i = changeInstants.size() - 1; i >= 0; i--) {
            if (changeInstants.get(i).isBefore(now)) {
                instant.set(clamp(changeInstants.get(i)));
                return;
            }
        }
    }

    public void toStart() {
        instant.set(ReportedTime.endOfDay(firstDay.get()));
    }

    public void toEnd() {
        instant.set(ReportedTime.endOfDay(lastDay.get()));
    }

    public boolean atEnd() {
        return !instant.get().isBefore(ReportedTime.endOfDay(lastDay.get()));
    }

    Instant clamp(Instant t) {
        Instant lo = ReportedTime.endOfDay(firstDay.get()), hi = ReportedTime.endOfDay(lastDay.get());
        return t.isBefore(lo) ? lo : t.isAfter(hi) ? hi : t;
    }

    public DoubleProperty positionProperty() {
        return position;
    }

    public ObjectProperty<Instant> instantProperty() {
        return instant;
    }

    public ReadOnlyObjectProperty<LocalDate> firstDayProperty() {
        return firstDay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> lastDayProperty() {
        return lastDay.getReadOnlyProperty();
    }

    /** The current date as shown large above the slider. */
    public StringBinding dateLabel() {
        return Bindings.createStringBinding(() -> {
            var local = instant.get().atOffset(ReportedTime.SYRIA);
            String time = local.toLocalTime().equals(java.time.LocalTime.of(23, 59, 59)) ? "end of day"
                    : local.toLocalTime().toString() + " (UTC+3)";
            return LABEL.format(local.toLocalDate()) + " · " + time;
        }, instant);
    }
}
