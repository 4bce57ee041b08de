package org.sitmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Reports sort by the instant they stand for: what the timeline, the zones and the event list all rely on. */
class ReportedTimeTest {
    @Property
    void comparing_ordersAsTheInstantsDo(@ForAll @IntRange(min = 0, max = 800) int dayA, @ForAll @IntRange(min = -1, max = 86_399) int secondA,
                                         @ForAll @IntRange(min = 0, max = 800) int dayB, @ForAll @IntRange(min = -1, max = 86_399) int secondB) {
        ReportedTime a = at(dayA, secondA), b = at(dayB, secondB);
        assertEquals(Integer.signum(a.instant().compareTo(b.instant())), Integer.signum(a.compareTo(b)), a + " vs " + b);
    }

    @Property
    void aBareDate_sortsWithTheLastSecondOfItsDay(@ForAll @IntRange(min = 0, max = 800) int day) {
        ReportedTime bare = at(day, -1);
        assertEquals(0, bare.compareTo(at(day, 86_399)));
        assertEquals(1, Integer.signum(bare.compareTo(at(day, 86_398))));
    }

    /** Day {@code day} after 1 Jan 2024; {@code second} of that day, or a bare date when negative. */
    private static ReportedTime at(int day, int second) {
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(day);
        return second < 0 ? new ReportedTime(date, null, Precision.DAY)
                : new ReportedTime(date, LocalTime.ofSecondOfDay(second), Precision.MINUTE);
    }
}
