package org.sitmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.DayRange;

class EventDaysTest {
    private static Optional<DayRange> scan(String text) {
        return EventDays.scan(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedEvents_spanTheDaysTheReaderFinds() throws Exception {
        var events = new DatasetReader().read(DataFiles.embedded()).dataset().events();
        LocalDate first = events.stream().map(e -> e.when().date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = events.stream().map(e -> e.when().date()).max(LocalDate::compareTo).orElseThrow();
        assertEquals(Optional.of(new DayRange(first, last)), EventDays.of(DataFiles.embedded()));
    }

    @Test
    void aDateInATitle_isNotTheEventsDay_andBlankLinesAreSkipped() {
        String lines = "{\"id\": \"E1\", \"title\": \"the \\\"date\\\": \\\"1999-01-01\\\" of it\", \"date\": \"2024-12-01\"}\n\n"
                + "{\"id\":\"E2\",\"date\":\"2024-11-27\"}\n";
        assertEquals(Optional.of(new DayRange(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 1))), scan(lines));
    }

    @Test
    void aLineLongerThanTheReadBuffer_isReadWhole() {
        String longTitle = "x".repeat(200_000);  // longer than the 64 kB chunks the file is read in
        String lines = "{\"id\":\"E1\",\"title\":\"" + longTitle + "\",\"date\":\"2024-12-03\"}\n{\"id\":\"E2\",\"date\":\"2024-11-26\"}";
        assertEquals(Optional.of(new DayRange(LocalDate.of(2024, 11, 26), LocalDate.of(2024, 12, 3))), scan(lines));
    }

    @Test
    void noEvents_isEmpty_andALineWithoutAReadableDate_isUnknown() {
        assertEquals(Optional.empty(), scan("\n  \n"));
        assertNull(scan("{\"id\":\"E1\",\"date\":\"2024-11-27\"}\n{\"id\":\"E2\",\"date\":null}\n"));
        assertNull(scan("{\"id\":\"E1\",\"date\":\"2024-13-45\"}\n"));
    }
}
