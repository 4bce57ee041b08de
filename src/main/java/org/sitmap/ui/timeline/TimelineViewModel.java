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
 * The timeline's state and commands: the period covered, the range the slider shows (the whole period, or a range
 * zoomed to), the current instant, stepping by day or by control change, playing at a speed in days per second, the
 * per-day event counts the histogram draws and the periods dense with control changes. The slider binds to
 * {@link #positionProperty()} (days after the end of the shown range's first day). Stepping and playing run over the
 * whole period: when the instant leaves the shown range, the range moves along by its own length. The view drives
 * playback by calling {@link #tick(double)} once per frame, so tests can play without a clock.
 */
public class TimelineViewModel {
    /** Playback speeds offered, in days per second: up to a month per second. */
    public static final java.util.List<Double> SPEEDS = java.util.List.of(1.0, 2.0, 5.0, 7.0, 30.0);
    /** Control changes within a week around a day that make the day part of a dense period. */
    static final int DENSE_WEEK = 10;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private final ObjectProperty<Instant> instant;
    /** Before a dataset arrives the period is the day of the current instant. */
    private final ReadOnlyObjectWrapper<LocalDate> firstDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> lastDay = new ReadOnlyObjectWrapper<>();
    /** The days the slider spans: the period, or the range zoomed to. */
    private final ReadOnlyObjectWrapper<LocalDate> shownFirst = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> shownLast = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper(false);
    private List<DayRange> densePeriods = List.of();
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
        shownFirst.set(firstDay.get());
        shownLast.set(lastDay.get());
        position.addListener((o, a, b) -> {
            if (syncing) return;
            syncing = true;
            instant.set(snap(instantAt(b.doubleValue())));
            syncing = false;
        });
        instant.addListener((o, a, b) -> {
            follow(b);
            syncPosition();
        });
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
            show(first, last);
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
        densePeriods = dense(d, first, last);
    }

    /** Runs of days with at least {@link #DENSE_WEEK} used control changes in the week centred on them. */
    private static List<DayRange> dense(Dataset d, LocalDate first, LocalDate last) {
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        int[] perDay = new int[days];
        for (var c : d.changes()) {
            long i = c.when().date().toEpochDay() - first.toEpochDay();
            if (c.used() && c.kind() != org.sitmap.domain.ChangeKind.STATUS_QUO && i >= 0 && i < days) perDay[(int) i]++;
        }
        List<DayRange> out = new java.util.ArrayList<>();
        int runStart = -1, week = 0;
        for (int i = 0; i < days + 3; i++) {
            // week = changes on days i-6..i, the week centred on day i-3
            if (i < days) week += perDay[i];
            if (i >= 7) week -= perDay[i - 7];
            int centre = i - 3;
            if (centre < 0) continue;
            boolean isDense = centre < days && week >= DENSE_WEEK;
            if (isDense && runStart < 0) runStart = centre;
            if (!isDense && runStart >= 0) {
                out.add(new DayRange(first.plusDays(runStart), first.plusDays(centre - 1)));
                runStart = -1;
            }
        }
        return List.copyOf(out);
    }

    /** The periods dense with control changes, in time order (empty before a dataset is set). */
    public List<DayRange> densePeriods() {
        return densePeriods;
    }

    /**
     * Shows only the days {@code a} to {@code b} (either order, kept within the period, at least two days) on the
     * slider; an instant outside them moves to the nearer end of the range.
     */
    public void zoomTo(LocalDate a, LocalDate b) {
        LocalDate lo = a.isBefore(b) ? a : b, hi = a.isBefore(b) ? b : a;
        lo = lo.isBefore(firstDay.get()) ? firstDay.get() : lo;
        hi = hi.isAfter(lastDay.get()) ? lastDay.get() : hi;
        if (!hi.isAfter(lo)) {  // fewer than two days: widen within the period
            hi = lo.plusDays(1).isAfter(lastDay.get()) ? lastDay.get() : lo.plusDays(1);
            lo = hi.minusDays(1).isBefore(firstDay.get()) ? firstDay.get() : hi.minusDays(1);
        }
        if (!hi.isAfter(lo)) return;  // a one-day period has nothing to zoom
        syncing = true;
        try {
            show(lo, hi);
        } finally {
            syncing = false;
        }
        Instant lowest = ReportedTime.endOfDay(lo), highest = ReportedTime.endOfDay(hi);
        Instant now = instant.get();
        instant.set(now.isBefore(lowest) ? lowest : now.isAfter(highest) ? highest : now);
        syncPosition();
    }

    /** Shows the whole period again. */
    public void zoomOut() {
        syncing = true;
        try {
            show(firstDay.get(), lastDay.get());
        } finally {
            syncing = false;
        }
        syncPosition();
    }

    private void show(LocalDate first, LocalDate last) {
        // The same care as for the period: the last day never sits before the first one, even for a moment.
        if (first.isAfter(shownLast.get())) {
            shownLast.set(last);
            shownFirst.set(first);
        } else {
            shownFirst.set(first);
            shownLast.set(last);
        }
        zoomed.set(!first.equals(firstDay.get()) || !last.equals(lastDay.get()));
    }

    /** Moves a zoomed range along by its own length until it holds {@code t}. */
    private void follow(Instant t) {
        if (!zoomed.get() || syncing) return;
        long length = shownLast.get().toEpochDay() - shownFirst.get().toEpochDay();
        LocalDate first = shownFirst.get(), last = shownLast.get();
        while (t.isAfter(ReportedTime.endOfDay(last)) && last.isBefore(lastDay.get())) {
            last = last.plusDays(length).isAfter(lastDay.get()) ? lastDay.get() : last.plusDays(length);
            first = last.minusDays(length);
        }
        while (t.isBefore(ReportedTime.endOfDay(first)) && first.isAfter(firstDay.get())) {
            first = first.minusDays(length).isBefore(firstDay.get()) ? firstDay.get() : first.minusDays(length);
            last = first.plusDays(length);
        }
        if (first.equals(shownFirst.get()) && last.equals(shownLast.get())) return;
        syncing = true;
        try {
            show(first, last);
        } finally {
            syncing = false;
        }
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

    /**
     * The data's instant nearest {@code t}: the end of a day, or the time of a control change, within the period. A
     * drag of the slider lands there, so the map and the event list show a moment the data speaks of (never
     * 16:33:13, which would show the previous day's events as the latest).
     */
    Instant snap(Instant t) {
        LocalDate day = ReportedTime.localDate(t);
        Instant best = nearer(t, ReportedTime.endOfDay(day.minusDays(1)), ReportedTime.endOfDay(day));
        int i = java.util.Collections.binarySearch(changeInstants, t);
        if (i >= 0) return clamp(t);
        int after = -i - 1;
        if (after < changeInstants.size()) best = nearer(t, best, changeInstants.get(after));
        if (after > 0) best = nearer(t, best, changeInstants.get(after - 1));
        return clamp(best);
    }

    private static Instant nearer(Instant t, Instant a, Instant b) {
        return Duration.between(a, t).abs().compareTo(Duration.between(b, t).abs()) <= 0 ? a : b;
    }

    /** Puts the slider's thumb on the instant shown (after a drag that snapped it). */
    public void alignPosition() {
        syncPosition();
    }

    private void syncPosition() {
        if (syncing) return;
        syncing = true;
        position.set(positionOf(instant.get()));
        syncing = false;
    }

    /** Slider position of an instant: days after the end of the shown range's first day. */
    public double positionOf(Instant t) {
        return Duration.between(ReportedTime.endOfDay(shownFirst.get()), t).getSeconds() / 86400.0;
    }

    public Instant instantAt(double position) {
        return ReportedTime.endOfDay(shownFirst.get()).plusSeconds(Math.round(position * 86400));
    }

    /** Length of the shown range in days: the slider's maximum. */
    public double span() {
        return positionOf(ReportedTime.endOfDay(shownLast.get()));
    }

    /** The day at a slider position within the shown range (rounded to the nearest day's end). */
    public LocalDate dayAt(double position) {
        long days = Math.round(Math.max(0, Math.min(span(), position)));
        return shownFirst.get().plusDays(days);
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

    /** How a speed of {@link #SPEEDS} reads: "2 days/s", "1 week/s", "1 month/s". */
    public static String speedLabel(double daysPerSecond) {
        if (daysPerSecond == 7) return "1 week/s";
        if (daysPerSecond == 30) return "1 month/s";
        return String.format(Locale.ROOT, "%.0f day%s/s", daysPerSecond, daysPerSecond == 1 ? "" : "s");
    }

    /** First day the slider shows. */
    public ReadOnlyObjectProperty<LocalDate> shownFirstProperty() {
        return shownFirst.getReadOnlyProperty();
    }

    /** Last day the slider shows. */
    public ReadOnlyObjectProperty<LocalDate> shownLastProperty() {
        return shownLast.getReadOnlyProperty();
    }

    /** True while the slider shows a range narrower than the period. */
    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
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
