package org.sitmap.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.sitmap.domain.ReportedTime;

/** How the command line reads and writes instants: Syria's local time (UTC+3), a bare date meaning its end. */
final class Instants {
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Instants() {
    }

    /** The instant of a date and optional local time (end of day without one). */
    static Instant of(LocalDate date, LocalTime time) {
        return time == null ? ReportedTime.endOfDay(date) : date.atTime(time).toInstant(ReportedTime.SYRIA);
    }

    /** Parses {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM} (local time). */
    static Instant parse(String text) {
        String t = text.strip();
        try {
            if (t.length() > 10) return LocalDateTime.parse(t, MINUTES).toInstant(ReportedTime.SYRIA);
            return ReportedTime.endOfDay(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)");
        }
    }

    /** {@code YYYY-MM-DD} for the end of a local day, else {@code YYYY-MM-DDTHH:MM}; null stays null. */
    static String format(Instant instant) {
        if (instant == null) return null;
        LocalDateTime local = LocalDateTime.ofInstant(instant, ReportedTime.SYRIA);
        if (local.toLocalTime().equals(END_OF_DAY)) return local.toLocalDate().toString();
        return local.format(MINUTES);
    }
}
