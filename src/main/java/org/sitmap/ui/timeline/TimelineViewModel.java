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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.DayRange;
import org.sitmap.domain.Event;
import org.sitmap.domain.ReportedTime;

/**
 * The timeline's state and commands: the period covered, the current instant, stepping by day or by control
 * change, playing at a speed in days per second, and the per-day event counts the histogram draws. The slider binds
 * to {@link #positionProperty()} (days after the period's first day end). The view drives playback by calling
 * {@link #tick(double)} once per frame, so tests can play without a clock.
 */
public class TimelineViewModel {
    /** Playback speeds offered, in days per second. */
    public static final java.util.List<Double> SPEEDS = java.util.List.of(1.0, 2.0, 5.0);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private final ObjectProperty<Instant> instant;
    /** Before a dataset arrives the period is the day of the current instant. */
    private final ReadOnlyObjectWrapper<LocalDate> firstDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> lastDay = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty position = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<int[]> eventsPerDay = new ReadOnlyObjectWrapper<>(new int[0]);
    private List<Instant> changeInstants = List.of();
    /** False until a period is set: before that the date shown would be a placeholder. */
    private final ReadOnlyBooleanWrapper hasPeriod = new ReadOnlyBooleanWrapper(false);
    private boolean syncing;

    public TimelineViewModel(ObjectProperty<Instant> instant) {
        this.instant = instant;
        firstDay.set(ReportedTime.localDate(instant.get()));
        lastDay.set(firstDay.get());
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
        // While the ends move, a slider bound to the position may clamp it to a half-updated range: that must not
        // move the instant. The position is recomputed once both ends are set.
        syncing = true;
        try {
            lastDay.set(last.isAfter(lastDay.get()) ? last : lastDay.get());
            firstDay.set(first);
            lastDay.set(last);
        } finally {
            syncing = false;
        }
        changeInstants = List.copyOf(changes);
        instant.set(clamp(instant.get()));
        hasPeriod.set(true);
        syncPosition();
    }

    /** The dataset's period ({@link Dataset#period()}, user rows included), its events per day and its changes. */
    public void setDataset(Dataset d, List<Instant> changes) {
        DayRange period = d.period().orElse(new DayRange(firstDay.get(), lastDay.get()));
        LocalDate first = period.first(), last = period.last();
        int[] counts = new int[(int) (last.toEpochDay() - first.toEpochDay()) + 1];
        for (Event e : d.events()) {
            long i = e.when().date().toEpochDay() - first.toEpochDay();
            if (i >= 0 && i < counts.length) counts[(int) i]++;
        }
        setPeriod(first, last, changes);
        eventsPerDay.set(counts);
    }

    /** Plays from the current instant (from the start when at the end), or pauses. */
    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
        } else {
            if (atEnd()) toStart();
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    /** Advances a playing timeline by {@code seconds} of wall time at the current speed; stops at the end. */
    public void tick(double seconds) {
        if (!playing.get() || seconds <= 0) return;
        long advance = Math.round(seconds * speed.get() * 86400);
        Instant next = clamp(instant.get().plusSeconds(advance));
        instant.set(next);
        if (atEnd()) playing.set(false);
    }

    /** The instants at which control changed, for the timeline's marks. */
    public List<Instant> changeInstants() {
        return changeInstants;
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

    /** Moves to the end of {@code day}, kept within the period. */
    public void jumpTo(LocalDate day) {
        instant.set(clamp(ReportedTime.endOfDay(day)));
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

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Playback speed in days per second. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Events per local day of the period, index 0 being the first day. */
    public ReadOnlyObjectProperty<int[]> eventsPerDayProperty() {
        return eventsPerDay.getReadOnlyProperty();
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
            if (!hasPeriod.get()) return "Loading the data…";
            var local = instant.get().atOffset(ReportedTime.SYRIA);
            String time = local.toLocalTime().equals(java.time.LocalTime.of(23, 59, 59)) ? "end of day"
                    : local.toLocalTime().toString() + " (UTC+3)";
            return LABEL.format(local.toLocalDate()) + " · " + time;
        }, instant, hasPeriod);
    }
}
