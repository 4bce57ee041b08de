package org.sitmap.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {
    private static DayRange days(int first, int last) {
        return new DayRange(LocalDate.of(2024, 11, first), LocalDate.of(2024, 11, last));
    }

    @Test
    void aRange_containsItselfAndRangesWithinIt_butNotOnesReachingOut() {
        assertTrue(days(26, 30).contains(days(26, 30)));
        assertTrue(days(26, 30).contains(days(27, 27)));
        assertFalse(days(26, 30).contains(days(25, 28)), "starts a day before");
        assertFalse(days(26, 30).contains(new DayRange(LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 1))), "ends a day after");
    }
}
