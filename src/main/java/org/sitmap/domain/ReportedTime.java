package org.sitmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When something happened, as a report dates it, in Syria's local time (UTC+3).
 *
 * <p>A date without a time means the END of that day: a town reported taken "on 30 November" counts as taken
 * from 23:59:59 that day, so scrubbing to 30 November shows it taken. A time, when given, applies from that time.
 *
 * @param date      local date
 * @param time      local time, or null when the report gives only a day
 * @param precision how exactly the report dates it
 */
public record ReportedTime(LocalDate date, LocalTime time, Precision precision) implements Comparable<ReportedTime> {
    /** Syria's offset since 2022: UTC+3 all year. */
    public static final ZoneOffset SYRIA = ZoneOffset.ofHours(3);
    /** The time a bare date stands for. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public ReportedTime {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (time == null && (precision == Precision.HOUR || precision == Precision.MINUTE)) {
            throw new IllegalArgumentException("precision " + precision + " needs a time on " + date);
        }
    }

    public static ReportedTime ofDay(LocalDate date) {
        return new ReportedTime(date, null, Precision.DAY);
    }

    /** The instant from which this applies (end of day when no time is given). */
    public Instant instant() {
        return date.atTime(timeOrEndOfDay()).toInstant(SYRIA);
    }

    /** The end of the given local day, the instant a bare date stands for. */
    public static Instant endOfDay(LocalDate date) {
        return date.atTime(END_OF_DAY).toInstant(SYRIA);
    }

    /** The local date of an instant in Syria's time. */
    public static LocalDate localDate(Instant instant) {
        return instant.atOffset(SYRIA).toLocalDate();
    }

    @Override
    public int compareTo(ReportedTime o) {
        // The order of instant(), without building two instants: one fixed offset, so local date then time.
        int byDate = date.compareTo(o.date);
        return byDate != 0 ? byDate : timeOrEndOfDay().compareTo(o.timeOrEndOfDay());
    }

    private LocalTime timeOrEndOfDay() {
        return time == null ? END_OF_DAY : time;
    }

    @Override
    public String toString() {
        return time == null ? date.toString() : date + " " + time;
    }
}
