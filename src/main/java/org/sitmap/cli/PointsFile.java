package org.sitmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitmap.domain.GeoPoint;
import org.sitmap.io.DecimalText;
import org.sitmap.io.Utf8Lines;

/**
 * The {@code date,lat,lon} lines of a {@code control-at --points} file, streamed. Only a first line made of the
 * column names is a header; every other line yields a point or an error, so no line is dropped unseen.
 */
final class PointsFile implements AutoCloseable {
    private static final Set<List<String>> HEADERS = Set.of(List.of("date", "lat", "lon"),
            List.of("date", "latitude", "longitude"));
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    /** One line's answer to read: a point at an instant, or what is wrong with the line. */
    record Entry(long line, Instant at, GeoPoint point, String error) {
    }

    private final Utf8Lines lines;
    private boolean seenContent;

    PointsFile(InputStream in) {
        this.lines = new Utf8Lines(in);
    }

    /** The next point or error, skipping blank lines, {@code #} comments and a header; null at the end. */
    Entry next() throws IOException {
        Utf8Lines.Line l;
        while ((l = lines.next()) != null) {
            if (!l.ok()) return new Entry(l.number(), null, null, l.error());
            String text = l.text().strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            boolean first = !seenContent;
            seenContent = true;
            try {
                List<String> fields = fields(text);
                if (first && HEADERS.contains(fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList())) continue;
                if (fields.size() != 3) {
                    throw new IllegalArgumentException("expected date,lat,lon but found " + fields.size() + " field(s)");
                }
                Instant at = Instants.parse(fields.get(0).strip());
                GeoPoint p = new GeoPoint(DecimalText.parse(fields.get(1), "latitude"), DecimalText.parse(fields.get(2), "longitude"));
                return new Entry(l.number(), at, p, null);
            } catch (IllegalArgumentException | IOException e) {
                return new Entry(l.number(), null, null, e.getMessage());
            }
        }
        return null;
    }

    private static List<String> fields(String line) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(line), CSV)) {
            List<CSVRecord> records = p.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("malformed CSV: " + e.getCause().getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
