package org.sitmap.domain;

import java.time.LocalDate;

/** The days from {@code first} to {@code last}, both included (Syrian calendar days). */
public record DayRange(LocalDate first, LocalDate last) {
    public DayRange {
        if (first == null || last == null) throw new IllegalArgumentException("a day range needs both ends: " + first + ".." + last);
        if (last.isBefore(first)) throw new IllegalArgumentException("day range ends before it starts: " + first + ".." + last);
    }

    /** Whether every day of {@code other} lies within this range. */
    public boolean contains(DayRange other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** How many days the range holds (1 when first equals last). */
    public int days() {
        return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    }
}
