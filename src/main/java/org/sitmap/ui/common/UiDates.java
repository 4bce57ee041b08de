package org.sitmap.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.util.StringConverter;
import org.sitmap.domain.ReportedTime;

/** The app's one way of writing a day ("26 Nov 2024"), for labels, headers and date fields alike. Pure. */
public final class UiDates {
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private UiDates() {
    }

    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** The day an instant falls in, as the timeline counts days (an end-of-day instant belongs to its day). */
    public static String day(Instant t) {
        return DAY.format(ReportedTime.localDate(t));
    }

    /** For date pickers: shows and reads days in {@link #DAY}; text that is not a day reads as no day. */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DAY.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.trim(), DAY);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
