package org.sitmap.interop.acled;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitmap.interop.BoundedLineReader;
import org.sitmap.interop.ImportException;
import org.sitmap.io.DataProblem;

/**
 * Streams the rows of an ACLED export (CSV as ACLED's export tool writes it): the current column set and the
 * pre-2023 one, columns in any order (found by header name), dates as {@code 2024-11-30} or {@code 30 November 2024}.
 * Holds one row at a time. Not thread-safe.
 */
public final class AcledReader implements AutoCloseable {
    /** The columns an import cannot do without; every ACLED export since 2019 has them. */
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
            "location", "latitude", "longitude");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final String fileName;
    private final BoundedLineReader input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int headerSize;
    private long lastLine;

    public AcledReader(String fileName, Reader reader) throws ImportException, IOException {
        this.fileName = fileName;
        this.input = new BoundedLineReader(reader, BoundedLineReader.DEFAULT_LIMIT);
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(input);
        this.records = parser.iterator();
        CSVRecord header = nextRecord();
        if (header == null) throw new ImportException(new DataProblem(fileName, 1, "the file is empty: no ACLED header"));
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
        }
        headerSize = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(new DataProblem(fileName, 1, "not an ACLED export: missing column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)));
        }
    }

    /** The 1-based line of the last row read, or the header's. */
    public long line() {
        return lastLine;
    }

    /** The next row, or null at the end of the file. */
    public AcledRow next() throws ImportException {
        CSVRecord r = nextRecord();
        if (r == null) return null;
        long line = lastLine;
        if (r.size() < headerSize) {
            throw new ImportException(problem(line, "the row has " + r.size() + " fields, the header " + headerSize
                    + " (the file is truncated, or a quote is missing?)"));
        }
        String id = text(r, "event_id_cnty");
        if (!AcledText.isEventId(id)) {
            throw new ImportException(problem(line, "event_id_cnty must be letters and digits, was '" + id + "'"));
        }
        double lat = coordinate(r, "latitude", 90, line), lon = coordinate(r, "longitude", 180, line);
        if (!org.sitmap.io.Region.contains(lat, lon)) throw new ImportException(problem(line, org.sitmap.io.Region.outside(lat, lon)));
        return new AcledRow(line, id, date(text(r, "event_date"), line), precision(r, "time_precision", line),
                text(r, "event_type"), text(r, "sub_event_type"), text(r, "actor1"), text(r, "assoc_actor_1"),
                text(r, "actor2"), text(r, "assoc_actor_2"), text(r, "country"), text(r, "admin1"), text(r, "location"),
                lat, lon, precision(r, "geo_precision", line), text(r, "source"), text(r, "notes"), fatalities(r, line));
    }

    private CSVRecord nextRecord() throws ImportException {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) return null;
            CSVRecord r = records.next();
            lastLine = before + 1;
            return r;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BoundedLineReader.LineTooLongException tooLong) {
                throw new ImportException(problem(tooLong.line(), tooLong.getMessage()));
            }
            if (e.getCause() instanceof org.sitmap.io.Utf8LineReader.BadLineException bad) {
                throw new ImportException(problem(bad.line(), bad.getMessage()));
            }
            String msg = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            if (msg != null && msg.contains("EOF reached before encapsulated token finished")) {
                msg = "a quoted field is not closed before the end of the file (the file is truncated?)";
            }
            throw new ImportException(problem(before + 1, "cannot read the CSV: " + msg));
        } catch (IllegalStateException e) {
            throw new ImportException(problem(before + 1, "cannot read the CSV: " + e.getMessage()));
        }
    }

    private String text(CSVRecord r, String column) {
        Integer i = columns.get(column);
        return i == null || i >= r.size() ? "" : r.get(i).strip();
    }

    private LocalDate date(String s, long line) throws ImportException {
        try {
            if (AcledText.isIsoDate(s)) {  // by hand: LocalDate.parse's formatter was a tenth of a row's reading
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
            }
            return LocalDate.parse(s, LONG_DATE);
        } catch (java.time.DateTimeException e) {
            throw new ImportException(problem(line, "event_date '" + s + "' is not a date like 2024-11-30 or 30 November 2024"));
        }
    }

    private int precision(CSVRecord r, String column, long line) throws ImportException {
        String s = text(r, column);
        if (s.isEmpty()) return 1;
        if (!AcledText.isPrecision(s)) throw new ImportException(problem(line, column + " must be 1, 2 or 3, was '" + s + "'"));
        return Integer.parseInt(s);
    }

    private double coordinate(CSVRecord r, String column, double max, long line) throws ImportException {
        String s = text(r, column);
        try {
            double v = org.sitmap.io.DecimalText.parse(s, column);
            if (!(v >= -max && v <= max)) throw new ImportException(problem(line, column + " " + s + " is out of range (±" + (int) max + ")"));
            return v;
        } catch (IllegalArgumentException e) {
            throw new ImportException(problem(line, e.getMessage()));
        }
    }

    private Integer fatalities(CSVRecord r, long line) throws ImportException {
        String s = text(r, "fatalities");
        if (s.isEmpty()) return null;
        if (!AcledText.isCount(s)) throw new ImportException(problem(line, "fatalities '" + s + "' is not a whole number"));
        return Integer.parseInt(s);
    }

    private DataProblem problem(long line, String message) {
        return new DataProblem(fileName, line, message);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
