package org.sitmap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.domain.Succession;
import org.sitmap.domain.SuccessionKind;

/**
 * Reads the dataset's CSV and JSON Lines files into domain records. A bad row never aborts the read: it is left
 * out and reported as a {@link DataProblem} naming file and line. Stateless and thread-safe.
 */
public final class DatasetReader {
    /** The whole-file problem of a required file that is not there. */
    public static final String MISSING_FILE = "file is missing";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).get();

    /** Receives events one at a time, with the rest of the dataset (everything but events) already read. */
    @FunctionalInterface
    public interface EventSink {
        void accept(Event event, ReadResult.Location at, Dataset rest);
    }

    public ReadResult read(DataFiles files) {
        return read(files, null);
    }

    /**
     * Reads the dataset; with a {@code sink}, events are handed to it as they are read and not kept, so an events
     * file of any size is read in constant memory (the returned dataset then has no events).
     */
    public ReadResult read(DataFiles files, EventSink sink) {
        return read(files, sink, true);
    }

    /**
     * Everything but the events, whose file is not opened: what zones need, quickly (at scale the events are most of
     * the data: 72 of 78 MB at 100 times the shipped size).
     */
    public ReadResult readWithoutEvents(DataFiles files) {
        return read(files, null, false);
    }

    private ReadResult read(DataFiles files, EventSink sink, boolean withEvents) {
        Context ctx = new Context();
        List<Faction> factions = readCsv(files, DataFiles.FACTIONS, ctx, this::faction, Faction::id);
        List<Locality> localities = readCsv(files, DataFiles.LOCALITIES, ctx, this::locality, Locality::id);
        List<Source> sources = readCsv(files, DataFiles.SOURCES, ctx, this::source, Source::id);
        List<ControlChange> changes = readJsonl(files, DataFiles.CONTROL, ctx, this::change, ControlChange::id);
        List<Succession> successions = readJsonl(files, DataFiles.SUCCESSIONS, ctx, this::succession, Succession::id);
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        readCsv(files, DataFiles.ALIASES, ctx, r -> new String[]{r.get("locality"), r.get("alias")}, r -> r[0] + "|" + r[1])
                .forEach(a -> aliases.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a[1]));
        Dataset rest = new Dataset(factions, localities, sources, changes, List.of(), successions, aliases);
        if (!withEvents) return new ReadResult(rest, ctx.problems, ctx.locations);
        List<Event> events = readJsonl(files, DataFiles.EVENTS, ctx, this::event, Event::id,
                sink == null ? null : (e, at) -> sink.accept(e, at, rest));
        return new ReadResult(sink == null ? new Dataset(factions, localities, sources, changes, events, successions, aliases)
                : rest, ctx.problems, ctx.locations);
    }

    private static final class Context {
        final List<DataProblem> problems = new ArrayList<>();
        final Map<String, ReadResult.Location> locations = new HashMap<>();

        /** The file's bytes, or empty after reporting it missing or empty. */
        Optional<byte[]> bytes(DataFiles files, String name) {
            Optional<InputStream> in = open(files, name);
            if (in.isEmpty()) return Optional.empty();
            try (InputStream s = in.get()) {
                byte[] b = s.readAllBytes();
                if (new String(b, StandardCharsets.UTF_8).isBlank()) {
                    if (!DataFiles.OPTIONAL.contains(name)) problem(name, 0, "file is empty");
                    return Optional.empty();
                }
                return Optional.of(b);
            } catch (IOException e) {
                problem(name, 0, "cannot be read: " + message(e));
                return Optional.empty();
            }
        }

        void problem(String file, long line, String message) {
            problems.add(new DataProblem(file, line, message));
        }

        /** The file's content, or empty after reporting it missing. */
        Optional<InputStream> open(DataFiles files, String name) {
            Optional<InputStream> in = files.open(name);
            if (in.isEmpty() && !DataFiles.OPTIONAL.contains(name)) problem(name, 0, MISSING_FILE);
            return in;
        }
    }

    private <T> List<T> readCsv(DataFiles files, String name, Context ctx, Function<CSVRecord, T> parse,
                                Function<T, String> id) {
        List<T> out = new ArrayList<>();
        Optional<byte[]> bytes = ctx.bytes(files, name);
        if (bytes.isEmpty()) return out;
        try (Reader r = new java.io.StringReader(TextCheck.decode(bytes.get(), name, ctx::problem));
             CSVParser parser = CSVParser.parse(r, CSV)) {
            long line = 1;
            for (CSVRecord rec : parser) {
                line = rec.getCharacterPosition() >= 0 ? parser.getCurrentLineNumber() : line + 1;
                try {
                    if (!rec.isConsistent()) throw new IllegalArgumentException(
                            "expected " + parser.getHeaderNames().size() + " columns, found " + rec.size());
                    T item = parse.apply(rec);
                    add(ctx, name, line, item, id.apply(item), out);
                } catch (RuntimeException e) {
                    ctx.problem(name, line, message(e));
                }
            }
        } catch (IOException | RuntimeException e) {
            ctx.problem(name, 0, "cannot be read as CSV: " + message(e));
        }
        if (out.isEmpty() && !DataFiles.OPTIONAL.contains(name) && ctx.problems.stream().noneMatch(p -> p.file().equals(name))) {
            ctx.problem(name, 0, "has a header but no rows");
        }
        return out;
    }

    private <T> List<T> readJsonl(DataFiles files, String name, Context ctx, Function<JsonNode, T> parse,
                                  Function<T, String> id) {
        return readJsonl(files, name, ctx, parse, id, null);
    }

    /** As above; with a {@code sink}, rows go to it as they are read and are not kept (constant memory). */
    private <T> List<T> readJsonl(DataFiles files, String name, Context ctx, Function<JsonNode, T> parse,
                                  Function<T, String> id, java.util.function.BiConsumer<T, ReadResult.Location> sink) {
        List<T> out = new ArrayList<>();
        Optional<InputStream> in;
        try {
            in = ctx.open(files, name);
        } catch (java.io.UncheckedIOException e) {
            ctx.problem(name, 0, "cannot be read: " + message(e));
            return out;
        }
        if (in.isEmpty()) return out;
        boolean content = false;
        try (Utf8Lines r = new Utf8Lines(in.get())) {
            for (Utf8Lines.Line l; (l = r.next()) != null; ) {
                long line = l.number();
                if (!l.ok()) {
                    content = true;
                    ctx.problem(name, line, l.error());
                    continue;
                }
                String text = l.text();
                if (text.isBlank()) continue;
                content = true;
                try {
                    JsonNode node = JsonLine.parse(text);
                    T item = parse.apply(node);
                    if (sink == null) add(ctx, name, line, item, id.apply(item), out);
                    else if (add(ctx, name, line, item, id.apply(item), new ArrayList<>())) sink.accept(item, new ReadResult.Location(name, line));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    ctx.problem(name, line, "malformed JSON: " + Printable.of(e.getOriginalMessage(), 300));
                } catch (RuntimeException e) {
                    ctx.problem(name, line, message(e));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            ctx.problem(name, 0, "cannot be read: " + message(e));
        }
        if (!content && !DataFiles.OPTIONAL.contains(name)) ctx.problem(name, 0, "file is empty");
        return out;
    }

    private static <T> boolean add(Context ctx, String file, long line, T item, String id, List<T> out) {
        ReadResult.Location prev = ctx.locations.putIfAbsent(file + "#" + id, new ReadResult.Location(file, line));
        if (prev != null) {
            ctx.problem(file, line, "duplicate id '" + id + "' (first at line " + prev.line() + ")");
            return false;
        }
        out.add(item);
        return true;
    }

    private static String message(Exception e) {
        if (e instanceof DateTimeParseException d) return "bad date or time '" + Printable.of(d.getParsedString()) + "'";
        return e.getMessage() == null ? e.getClass().getSimpleName() : Printable.of(e.getMessage());
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    private Faction faction(CSVRecord r) {
        return new Faction(r.get("id"), r.get("name"), r.get("name_ar"), r.get("color"),
                Boolean.parseBoolean(r.get("holds_ground")), split(r.get("members")), r.get("description"),
                optionalDate(r, "valid_from"), optionalDate(r, "valid_until"));
    }

    private static LocalDate optionalDate(CSVRecord r, String column) {
        return r.isMapped(column) && !r.get(column).isBlank() ? LocalDate.parse(r.get(column).strip()) : null;
    }

    private Succession succession(JsonNode n) {
        return new Succession(text(n, "id"), text(n, "from"), text(n, "to"), time(n),
                enumOf(SuccessionKind.class, text(n, "kind"), "kind"), nullableText(n, "note"), citations(n));
    }

    private Locality locality(CSVRecord r) {
        String id = r.get("id");
        return new Locality(id, r.get("name_en"), r.get("name_ar"), enumOf(LocalityKind.class, r.get("kind"), "kind"),
                r.get("governorate"), new GeoPoint(number(r.get("lat"), "lat"), number(r.get("lon"), "lon")),
                enumOf(CoordinateSource.class, r.get("coord_source"), "coord_source"), r.get("coord_ref"),
                r.get("coord_error_km").isEmpty() ? 0 : number(r.get("coord_error_km"), "coord_error_km"),
                optionalLong(r.get("geonames_id"), "geonames_id"), optionalLong(r.get("population"), "population"));
    }

    private Source source(CSVRecord r) {
        return new Source(r.get("id"), r.get("outlet"), r.get("title"), r.get("published"), r.get("url"),
                r.get("language"), r.get("seen_on"));
    }

    private ControlChange change(JsonNode n) {
        return new ControlChange(text(n, "id"), text(n, "locality"), time(n),
                nullableText(n, "from"), text(n, "to"), enumOf(ChangeKind.class, text(n, "kind"), "kind"),
                enumOf(Confidence.class, text(n, "confidence"), "confidence"),
                !n.has("used") || n.get("used").asBoolean(), nullableText(n, "note"), citations(n));
    }

    private Event event(JsonNode n) {
        GeoPoint point = null;
        if (n.hasNonNull("lat") || n.hasNonNull("lon")) {
            point = new GeoPoint(coordinate(n, "lat"), coordinate(n, "lon"));
        }
        List<String> actors = new ArrayList<>();
        n.path("actors").forEach(a -> actors.add(a.asText()));
        Integer fatalities = null;
        if (n.hasNonNull("fatalities")) {
            JsonNode f = n.get("fatalities");
            if (!f.canConvertToInt() || f.asInt() < 0) throw new IllegalArgumentException("fatalities must be a whole number of at least 0, was " + Printable.of(f.toString()));
            fatalities = f.asInt();
        }
        return new Event(text(n, "id"), time(n), enumOf(EventType.class, text(n, "type"), "type"),
                nullableText(n, "locality"), point, actors, text(n, "title"), nullableText(n, "summary"), fatalities,
                enumOf(Confidence.class, text(n, "confidence"), "confidence"), citations(n));
    }

    private static double coordinate(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("'" + field + "' is missing while the other coordinate is given");
        if (!v.isNumber()) throw new IllegalArgumentException("'" + field + "' must be a number, was " + Printable.of(v.toString()));
        return v.asDouble();
    }

    private static ReportedTime time(JsonNode n) {
        LocalDate date = LocalDate.parse(text(n, "date"));
        String t = nullableText(n, "time");
        LocalTime time = t == null || t.isEmpty() ? null : LocalTime.parse(t);
        String p = nullableText(n, "precision");
        Precision precision = p == null || p.isEmpty() ? (time == null ? Precision.DAY : Precision.MINUTE)
                : enumOf(Precision.class, p, "precision");
        return new ReportedTime(date, time, precision);
    }

    private static List<Citation> citations(JsonNode n) {
        List<Citation> out = new ArrayList<>();
        for (JsonNode c : n.path("citations")) {
            out.add(new Citation(text(c, "source"), nullableText(c, "excerpt")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v.asText();
    }

    private static String nullableText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + " '" + value + "' (expected one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ")");
        }
    }

    private static double number(String s, String field) {
        return DecimalText.parse(s, field);
    }

    private static Long optionalLong(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad integer in " + field + ": '" + s + "'");
        }
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::strip).toList();
    }
}
