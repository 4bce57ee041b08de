package org.sitmap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).get();

    public ReadResult read(DataFiles files) {
        Context ctx = new Context();
        List<Faction> factions = readCsv(files, DataFiles.FACTIONS, ctx, this::faction, Faction::id);
        List<Locality> localities = readCsv(files, DataFiles.LOCALITIES, ctx, this::locality, Locality::id);
        List<Source> sources = readCsv(files, DataFiles.SOURCES, ctx, this::source, Source::id);
        List<ControlChange> changes = readJsonl(files, DataFiles.CONTROL, ctx, this::change, ControlChange::id);
        List<Event> events = readJsonl(files, DataFiles.EVENTS, ctx, this::event, Event::id);
        List<Succession> successions = readJsonl(files, DataFiles.SUCCESSIONS, ctx, this::succession, Succession::id);
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        readCsv(files, DataFiles.ALIASES, ctx, r -> new String[]{r.get("locality"), r.get("alias")}, r -> r[0] + "|" + r[1])
                .forEach(a -> aliases.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a[1]));
        return new ReadResult(new Dataset(factions, localities, sources, changes, events, successions, aliases),
                ctx.problems, ctx.locations);
    }

    private static final class Context {
        final List<DataProblem> problems = new ArrayList<>();
        final Map<String, ReadResult.Location> locations = new HashMap<>();

        void problem(String file, long line, String message) {
            problems.add(new DataProblem(file, line, message));
        }

        /** The file's content, or empty after reporting it missing. */
        Optional<InputStream> open(DataFiles files, String name) {
            Optional<InputStream> in = files.open(name);
            if (in.isEmpty() && !DataFiles.OPTIONAL.contains(name)) problem(name, 0, "file is missing");
            return in;
        }
    }

    private <T> List<T> readCsv(DataFiles files, String name, Context ctx, Function<CSVRecord, T> parse,
                                Function<T, String> id) {
        List<T> out = new ArrayList<>();
        Optional<InputStream> in = ctx.open(files, name);
        if (in.isEmpty()) return out;
        try (Reader r = reader(in.get()); CSVParser parser = CSVParser.parse(r, CSV)) {
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
        return out;
    }

    private <T> List<T> readJsonl(DataFiles files, String name, Context ctx, Function<JsonNode, T> parse,
                                  Function<T, String> id) {
        List<T> out = new ArrayList<>();
        Optional<InputStream> in = ctx.open(files, name);
        if (in.isEmpty()) return out;
        try (BufferedReader r = reader(in.get())) {
            String text;
            long line = 0;
            while ((text = r.readLine()) != null) {
                line++;
                if (text.isBlank()) continue;
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node == null || !node.isObject()) throw new IllegalArgumentException("line is not a JSON object");
                    T item = parse.apply(node);
                    add(ctx, name, line, item, id.apply(item), out);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    ctx.problem(name, line, "malformed JSON: " + e.getOriginalMessage());
                } catch (RuntimeException e) {
                    ctx.problem(name, line, message(e));
                }
            }
        } catch (IOException e) {
            ctx.problem(name, 0, "cannot be read: " + message(e));
        }
        return out;
    }

    private static <T> void add(Context ctx, String file, long line, T item, String id, List<T> out) {
        ReadResult.Location prev = ctx.locations.putIfAbsent(file + "#" + id, new ReadResult.Location(file, line));
        if (prev != null) {
            ctx.problem(file, line, "duplicate id '" + id + "' (first at line " + prev.line() + ")");
            return;
        }
        out.add(item);
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String message(Exception e) {
        if (e instanceof DateTimeParseException d) return "bad date or time '" + d.getParsedString() + "'";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
            point = new GeoPoint(n.path("lat").asDouble(Double.NaN), n.path("lon").asDouble(Double.NaN));
        }
        List<String> actors = new ArrayList<>();
        n.path("actors").forEach(a -> actors.add(a.asText()));
        Integer fatalities = n.hasNonNull("fatalities") ? n.get("fatalities").asInt() : null;
        return new Event(text(n, "id"), time(n), enumOf(EventType.class, text(n, "type"), "type"),
                nullableText(n, "locality"), point, actors, text(n, "title"), nullableText(n, "summary"), fatalities,
                enumOf(Confidence.class, text(n, "confidence"), "confidence"), citations(n));
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
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in " + field + ": '" + s + "'");
        }
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
