package org.sitmap.interop.acled;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitmap.interop.ImportException;
import org.sitmap.io.DataProblem;

/**
 * Streams the rows of an ACLED export (CSV as ACLED's export tool writes it): the current column set and the
 * pre-2023 one, columns in any order (found by header name), dates as {@code 2024-11-30} or {@code 30 November 2024}.
 * Holds one row at a time. Not thread-safe.
 *
 * <p>Parsed with FastCSV through a handler that makes strings of the columns an import reads only (an export has
 * 31, a row uses 18): Commons CSV, which made every field a string through a buffer of its own, was a third of the
 * reading thread's time. Lines are bounded by the {@link org.sitmap.io.Utf8LineReader} underneath (1 MB).
 */
public final class AcledReader implements AutoCloseable {
    /** The columns an import cannot do without; every ACLED export since 2019 has them. */
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
            "location", "latitude", "longitude");
    /** Every column a row reads: the required ones and those that may be absent (then empty). */
    private static final List<String> READ = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location",
            "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final String fileName;
    private final CsvReader<Fields> parser;
    private final CloseableIterator<Fields> records;
    private final Fields fields = new Fields();
    private final Map<String, Integer> columns = new HashMap<>();
    private final int headerSize;
    private long lastLine;

    public AcledReader(String fileName, Reader reader) throws ImportException, IOException {
        this.fileName = fileName;
        // Strict: text after a closing quote is an error, as it was with Commons CSV's RFC 4180 format; rows with
        // another field count than the header are checked below, with the row's line.
        this.parser = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true).acceptCharsAfterQuotes(false)
                .build(fields, reader);
        this.records = parser.iterator();
        Fields header = nextRecord();
        if (header == null) throw new ImportException(new DataProblem(fileName, 1, "the file is empty: no ACLED header"));
        for (int i = 0; i < header.count; i++) {
            String name = header.values[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
        }
        headerSize = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(new DataProblem(fileName, 1, "not an ACLED export: missing column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)));
        }
        boolean[] wanted = new boolean[headerSize];
        for (String c : READ) {
            Integer i = columns.get(c);
            if (i != null) wanted[i] = true;
        }
        fields.keepOnly(wanted);
    }

    /** The 1-based line of the last row read, or the header's. */
    public long line() {
        return lastLine;
    }

    /** The next row, or null at the end of the file. */
    public AcledRow next() throws ImportException {
        Fields r = nextRecord();
        if (r == null) return null;
        long line = lastLine;
        if (r.count < headerSize) {
            if (r.lastQuoted && atEnd()) {
                // FastCSV ends an unclosed quoted field at the end of the file, where Commons CSV failed: a short last
                // row whose last field was quoted is that case.
                throw new ImportException(problem(line, "cannot read the CSV: a quoted field is not closed before the end"
                        + " of the file (the file is truncated?)"));
            }
            throw new ImportException(problem(line, "the row has " + r.count + " fields, the header " + headerSize
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

    /** True when no record follows the one just read (asked only for a row that is already a problem). */
    private boolean atEnd() {
        try {
            return !records.hasNext();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Fields nextRecord() throws ImportException {
        try {
            if (!records.hasNext()) return null;
            Fields r = records.next();
            lastLine = r.line;
            return r;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof org.sitmap.io.Utf8LineReader.BadLineException bad) {
                throw new ImportException(problem(bad.line(), bad.getMessage()));
            }
            throw new ImportException(problem(fields.line, "cannot read the CSV: " + message(e)));
        } catch (CsvParseException e) {
            throw new ImportException(problem(fields.line, "cannot read the CSV: " + message(e)));
        }
    }

    /** The innermost message: FastCSV wraps the parser's own in one naming the record's line, which we say ourselves. */
    private static String message(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }

    private String text(Fields r, String column) {
        Integer i = columns.get(column);
        return i == null || i >= r.count ? "" : r.values[i].strip();
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

    private int precision(Fields r, String column, long line) throws ImportException {
        String s = text(r, column);
        if (s.isEmpty()) return 1;
        if (!AcledText.isPrecision(s)) throw new ImportException(problem(line, column + " must be 1, 2 or 3, was '" + s + "'"));
        return Integer.parseInt(s);
    }

    private double coordinate(Fields r, String column, double max, long line) throws ImportException {
        String s = text(r, column);
        try {
            double v = org.sitmap.io.DecimalText.parse(s, column);
            if (!(v >= -max && v <= max)) throw new ImportException(problem(line, column + " " + s + " is out of range (±" + (int) max + ")"));
            return v;
        } catch (IllegalArgumentException e) {
            throw new ImportException(problem(line, e.getMessage()));
        }
    }

    private Integer fatalities(Fields r, long line) throws ImportException {
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

    /**
     * FastCSV's callback for one record at a time, reused: the fields of the wanted columns as strings (every field
     * until {@link #keepOnly} is called, for the header), the field count, and whether the last field was quoted.
     */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<Fields> {
        private boolean[] wanted;
        String[] values = new String[32];
        int count;
        boolean lastQuoted;
        long line;

        void keepOnly(boolean[] columns) {
            wanted = columns;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            count = 0;
            lastQuoted = false;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
            count = index + 1;
            lastQuoted = quoted;
            if (wanted != null && (index >= wanted.length || !wanted[index])) return;
            if (index >= values.length) values = java.util.Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
            values[index] = new String(buf, offset, length);
        }

        @Override
        protected RecordWrapper<Fields> buildRecord() {
            return wrapRecord(this);
        }
    }
}
