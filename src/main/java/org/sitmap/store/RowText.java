package org.sitmap.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;

/**
 * Turns the text columns of one read into values, sharing what repeats: a year of data has a few hundred distinct
 * dates and a handful of origins and actor lists, but hundreds of thousands of rows. Dates and times as the store
 * writes them ({@code 2024-11-30}, {@code 09:00}) are parsed by hand ({@code LocalDate.parse}'s formatter was a
 * twelfth of loading 200,000 events); anything else goes to the JDK's parsers, which also reject what is malformed.
 * For one read on one thread.
 */
final class RowText {
    /** Bounds each cache: repeats are what it is for; a column of all-distinct values stops being cached. */
    private static final int MAX_ENTRIES = 4096;
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, String> constants = new HashMap<>();
    private final Map<String, List<String>> actorLists = new HashMap<>();

    /** The {@link ReportedTime} in columns {@code index} (date), {@code index + 1} (time), {@code index + 2} (precision). */
    ReportedTime time(ResultSet rs, int index) throws SQLException {
        String t = rs.getString(index + 1);
        return new ReportedTime(date(rs.getString(index)), t == null ? null : time(t), Precision.valueOf(rs.getString(index + 2)));
    }

    LocalDate date(String iso) {
        LocalDate d = dates.get(iso);
        if (d != null) return d;
        d = parseDate(iso);
        if (dates.size() < MAX_ENTRIES) dates.put(iso, d);
        return d;
    }

    static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        }
        return LocalDate.parse(s);
    }

    static LocalTime time(String s) {
        if (s.length() == 5 && s.charAt(2) == ':' && digits(s, 0, 2) && digits(s, 3, 5)) {
            return LocalTime.of(Integer.parseInt(s, 0, 2, 10), Integer.parseInt(s, 3, 5, 10));
        }
        return LocalTime.parse(s);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** One shared instance of a short text that repeats (an origin, an empty column). */
    String constant(String s) {
        if (s == null || s.isEmpty()) return s;
        String known = constants.get(s);
        if (known != null) return known;
        if (constants.size() < MAX_ENTRIES) constants.put(s, s);
        return s;
    }

    /** The actor codes of an {@code actors} column ({@code A|B}); equal columns share one immutable list. */
    List<String> actors(String column) {
        if (column.isEmpty()) return List.of();
        List<String> known = actorLists.get(column);
        if (known != null) return known;
        List<String> list = List.of(column.split("\\|"));
        if (actorLists.size() < MAX_ENTRIES) actorLists.put(column, list);
        return list;
    }
}
