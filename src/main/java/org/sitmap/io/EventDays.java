package org.sitmap.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.sitmap.domain.DayRange;

/**
 * The first and last day of an events file, found by scanning each line's bytes for its {@code "date"} key instead
 * of parsing the JSON, a line at a time, so a first start can tell whether the events lie within the control changes'
 * period (the window then opens without waiting for them). Pure.
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
        try (InputStream s = in.get()) {
            return scan(s);
        }
    }

    static Optional<DayRange> scan(byte[] b) {
        try {
            return scan(new ByteArrayInputStream(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a byte array does not fail
        }
    }

    /** Line by line, one line's bytes held at a time: the file is never held whole. */
    private static Optional<DayRange> scan(InputStream in) throws IOException {
        String first = null, last = null;
        byte[] chunk = new byte[1 << 16], line = new byte[4096];
        int n = 0;
        for (int got = in.read(chunk); ; got = in.read(chunk)) {
            int end = Math.max(got, 0);
            for (int i = 0; i <= end; i++) {
                boolean eol = i == end ? got < 0 : chunk[i] == '\n';
                if (i == end && !eol) break;  // the chunk ends mid-line: read on
                if (!eol) {
                    if (n == line.length) line = Arrays.copyOf(line, n * 2);
                    line[n++] = chunk[i];
                    continue;
                }
                if (!blank(line, 0, n)) {
                    String day = dayIn(line, 0, n);
                    if (day == null) return null;
                    if (first == null || day.compareTo(first) < 0) first = day;  // ISO days sort as text
                    if (last == null || day.compareTo(last) > 0) last = day;
                }
                n = 0;
            }
            if (got < 0) break;
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
