package org.sitmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.sitmap.domain.DayRange;

/**
 * The first and last day of an events file, found by scanning each line's bytes for its {@code "date"} key instead
 * of parsing the JSON: about a twentieth of the time of reading the events, so a first start can tell whether the
 * events lie within the control changes' period (the window then opens without waiting for them). Pure.
 */
public final class EventDays {
    private static final byte[] KEY = "\"date\"".getBytes(StandardCharsets.US_ASCII);

    private EventDays() {
    }

    /**
     * The days of the events in {@code files}: empty when there are none; null when a non-blank line has no date
     * this scan can read (then only reading the events tells).
     */
    public static Optional<DayRange> of(DataFiles files) throws IOException {
        Optional<InputStream> in = files.open(DataFiles.EVENTS);
        if (in.isEmpty()) return Optional.empty();
        byte[] b;
        try (InputStream s = in.get()) {
            b = s.readAllBytes();
        }
        return scan(b);
    }

    static Optional<DayRange> scan(byte[] b) {
        String first = null, last = null;
        int i = 0;
        while (i < b.length) {
            int end = i;
            while (end < b.length && b[end] != '\n') end++;
            if (!blank(b, i, end)) {
                String day = dayIn(b, i, end);
                if (day == null) return null;
                if (first == null || day.compareTo(first) < 0) first = day;  // ISO days sort as text
                if (last == null || day.compareTo(last) > 0) last = day;
            }
            i = end + 1;
        }
        if (first == null) return Optional.empty();
        try {
            return Optional.of(new DayRange(LocalDate.parse(first), LocalDate.parse(last)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The value of the line's first {@code "date"} key, as {@code yyyy-mm-dd}, or null. */
    private static String dayIn(byte[] b, int from, int to) {
        outer:
        for (int i = from; i + KEY.length <= to; i++) {
            for (int k = 0; k < KEY.length; k++) if (b[i + k] != KEY[k]) continue outer;
            if (i > from && b[i - 1] == '\\') continue;  // inside a string: \"date\"
            int j = i + KEY.length;
            while (j < to && b[j] == ' ') j++;
            if (j >= to || b[j] != ':') continue;
            j++;
            while (j < to && b[j] == ' ') j++;
            if (j + 12 > to || b[j] != '"' || b[j + 11] != '"') return null;
            return new String(b, j + 1, 10, StandardCharsets.US_ASCII);
        }
        return null;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        return true;
    }
}
