package org.sitmap.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sitmap.geo.Geometries;
import org.sitmap.geo.MappedArea;
import org.sitmap.io.DataFiles;

/**
 * Writes a synthetic dataset folder at a multiple of the shipped dataset's size, for measuring: {@code 50 × scale}
 * localities clustered around northern Syria's cities (dense near them, sparse in the desert), {@code 200 × scale}
 * control changes over 365 days from 26 November 2024 whose fronts move (each capture continues one of a few
 * offensives from the place it last took, along the front, rather than a coin flip per place), and
 * {@code 2,000 × scale} events, all citing {@code 20 × scale} sources. The factions are the shipped ones.
 *
 * <p>Deterministic: the same scale and seed give byte-identical files. Every row says it is synthetic (places named
 * "Synthetic place 12", sources at {@code https://synthetic.invalid/}, a domain reserved never to resolve), so nothing
 * generated can pass for a report. Stateless; thread-safe.
 */
public final class ScaleDatasetGenerator {
    /** Localities, control changes (status quo included), events and sources per unit of scale. */
    public static final int LOCALITIES = 50, CHANGES = 200, EVENTS = 2_000, SOURCES = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 11, 26);
    static final int DAYS = 365;
    private static final String[] HOLDERS = {"GOV", "HTS", "SNA", "SDF"};
    private static final String[] SITE_KINDS = {"neighbourhood", "base", "airport", "dam", "crossing", "landmark",
            "prison", "industrial"};
    private static final String[] EVENT_TYPES = {"clash", "airstrike", "shelling", "troop_movement", "statement",
            "humanitarian"};
    private static final String EXCERPT = "Synthetic row written by sitmap generate; not a report.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A city the places cluster around, and who holds its surroundings on the first day. */
    record City(String name, double lat, double lon, String holder) {
    }

    static final List<City> CITIES = List.of(
            new City("Aleppo", 36.20, 37.16, "GOV"), new City("Idlib", 35.93, 36.63, "HTS"),
            new City("Azaz", 36.59, 37.05, "SNA"), new City("al-Bab", 36.37, 37.52, "SNA"),
            new City("Afrin", 36.51, 36.87, "SNA"), new City("Manbij", 36.53, 37.95, "SDF"),
            new City("Raqqa", 35.95, 39.01, "SDF"), new City("Tabqa", 35.84, 38.55, "SDF"),
            new City("Hasakah", 36.50, 40.75, "SDF"), new City("Qamishli", 37.05, 41.22, "SDF"),
            new City("Kobani", 36.89, 38.35, "SDF"), new City("Tal Abyad", 36.70, 38.95, "SNA"),
            new City("Ras al-Ain", 36.85, 40.07, "SNA"), new City("Maarat al-Numan", 35.65, 36.67, "HTS"),
            new City("Jisr al-Shughur", 35.81, 36.32, "HTS"), new City("Hama", 35.13, 36.75, "GOV"),
            new City("Homs", 34.73, 36.71, "GOV"), new City("Salamiyah", 35.01, 37.05, "GOV"),
            new City("Latakia", 35.52, 35.78, "GOV"), new City("Deir ez-Zor", 35.33, 40.14, "GOV"));

    private record Place(String id, String name, String kind, double lat, double lon, Long population) {
    }

    /** Writes the dataset for {@code scale} (1 or more) and {@code seed} into {@code dir} (created if needed). */
    public void write(int scale, long seed, Path dir) throws IOException {
        if (scale < 1) throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        List<Place> places = places(LOCALITIES * scale, random);
        copyFactions(dir);
        writeLocalities(dir, places, seed);
        writeSources(dir, SOURCES * scale, seed, random);
        List<Map<String, Object>> changes = changes(places, CHANGES * scale, SOURCES * scale, random);
        writeJsonl(dir.resolve(DataFiles.CONTROL), changes);
        writeJsonl(dir.resolve(DataFiles.EVENTS), events(places, changes, EVENTS * scale, SOURCES * scale, random));
    }

    // ---- places ---------------------------------------------------------------------------------------------

    private static List<Place> places(int n, SplittableRandom random) {
        PreparedGeometry area = PreparedGeometryFactory.prepare(MappedArea.northernSyria());
        var env = MappedArea.northernSyria().getEnvelopeInternal();
        List<Place> out = new ArrayList<>(n);
        Map<Long, List<Place>> cells = new HashMap<>();  // 0.01° cells, to keep places 250 m apart
        for (City c : CITIES) {
            if (out.size() == n) break;
            add(out, cells, new Place(id(out.size()), "Synthetic " + c.name(), "city", c.lat(), c.lon(),
                    100_000L + random.nextLong(900_000)));
        }
        while (out.size() < n) {
            double lat, lon;
            if (random.nextDouble() < 0.8) {  // near a city: most places are
                City c = CITIES.get(random.nextInt(CITIES.size()));
                double km = 4 + 14 * random.nextDouble();
                lat = c.lat() + gaussian(random) * km / 111.0;
                lon = c.lon() + gaussian(random) * km / (111.0 * Math.cos(Math.toRadians(c.lat())));
            } else {
                lat = env.getMinY() + random.nextDouble() * env.getHeight();
                lon = env.getMinX() + random.nextDouble() * env.getWidth();
            }
            lat = round(lat);
            lon = round(lon);
            if (!area.contains(Geometries.FACTORY.createPoint(new Coordinate(lon, lat))) || crowded(cells, lat, lon)) {
                continue;
            }
            double k = random.nextDouble();
            int i = out.size();
            Place p = k < 0.78 ? new Place(id(i), "Synthetic village " + i, "village", lat, lon, 300L + random.nextLong(5_000))
                    : k < 0.9 ? new Place(id(i), "Synthetic town " + i, "town", lat, lon, 8_000L + random.nextLong(60_000))
                    : new Place(id(i), "Synthetic site " + i, SITE_KINDS[random.nextInt(SITE_KINDS.length)], lat, lon, null);
            add(out, cells, p);
        }
        return out;
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "syn-%06d", i + 1);
    }

    private static double gaussian(SplittableRandom random) {  // Box–Muller: SplittableRandom has no nextGaussian on 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double round(double deg) {
        return Math.rint(deg * 1e5) / 1e5;
    }

    private static long cell(double lat, double lon) {
        return (long) Math.floor(lat * 100) * 100_000 + (long) Math.floor(lon * 100);
    }

    private static boolean crowded(Map<Long, List<Place>> cells, double lat, double lon) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                for (Place p : cells.getOrDefault(cell(lat + dy * 0.01, lon + dx * 0.01), List.of())) {
                    if (km(p.lat(), p.lon(), lat, lon) < 0.25) return true;
                }
            }
        }
        return false;
    }

    private static void add(List<Place> out, Map<Long, List<Place>> cells, Place p) {
        out.add(p);
        cells.computeIfAbsent(cell(p.lat(), p.lon()), k -> new ArrayList<>()).add(p);
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat2 - lat1) * 111.0, dx = (lon2 - lon1) * 111.0 * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.hypot(dx, dy);
    }

    // ---- control ----------------------------------------------------------------------------------------------

    /** An offensive: an attacker pushing from the place it last took. */
    private static final class Offensive {
        String attacker;
        int focus;
        int daysLeft;
    }

    private static List<Map<String, Object>> changes(List<Place> places, int total, int sources, SplittableRandom random) {
        int n = places.size();
        int[][] neighbours = neighbours(places, 6);
        String[] holder = new String[n];
        int[] lastDay = new int[n];
        List<Map<String, Object>> out = new ArrayList<>(Math.max(total, n));
        for (int i = 0; i < n; i++) {
            holder[i] = nearestCity(places.get(i)).holder();
            out.add(change(out.size(), places.get(i).id(), FIRST_DAY, null, holder[i], "status_quo", sources, random));
        }
        int moves = Math.max(0, total - n);
        Offensive[] offensives = new Offensive[3];
        for (int d = 1, done = 0; d <= DAYS && n > 1; d++) {
            int today = (int) ((long) moves * d / DAYS) - done;
            LocalDate date = FIRST_DAY.plusDays(d);
            for (int k = 0; k < today; k++) {
                Offensive o = offensives[k % offensives.length];
                if (o == null || o.daysLeft <= 0) o = offensives[k % offensives.length] = start(holder, neighbours, random);
                if (o == null) break;  // one faction holds everything: no front left
                int target = nextTarget(o, holder, neighbours, lastDay, d, random);
                if (target < 0) {
                    o.daysLeft = 0;
                    continue;
                }
                lastDay[target] = d;
                boolean contested = random.nextDouble() < 0.1;
                out.add(change(out.size(), places.get(target).id(), date, holder[target], o.attacker,
                        contested ? "contested" : "captured", sources, random));
                if (!contested) {
                    holder[target] = o.attacker;
                    o.focus = target;
                }
                done++;
            }
            for (Offensive o : offensives) if (o != null) o.daysLeft--;
        }
        return out;
    }

    private static Offensive start(String[] holder, int[][] neighbours, SplittableRandom random) {
        int first = random.nextInt(HOLDERS.length);
        for (int a = 0; a < HOLDERS.length; a++) {
            String attacker = HOLDERS[(first + a) % HOLDERS.length];
            List<Integer> front = new ArrayList<>();
            for (int i = 0; i < holder.length; i++) if (holder[i].equals(attacker) && onFront(i, holder, neighbours)) front.add(i);
            if (front.isEmpty()) continue;
            Offensive o = new Offensive();
            o.attacker = attacker;
            o.focus = front.get(random.nextInt(front.size()));
            o.daysLeft = 5 + random.nextInt(30);
            return o;
        }
        return null;
    }

    private static boolean onFront(int i, String[] holder, int[][] neighbours) {
        for (int j : neighbours[i]) if (!holder[j].equals(holder[i])) return true;
        return false;
    }

    /** A place near the offensive's focus, not the attacker's, next to one of the attacker's; -1 when none is near. */
    private static int nextTarget(Offensive o, String[] holder, int[][] neighbours, int[] lastDay, int day,
                                  SplittableRandom random) {
        List<Integer> found = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(o.focus));
        boolean[] seen = new boolean[holder.length];
        seen[o.focus] = true;
        for (int visited = 0; !queue.isEmpty() && visited < 400 && found.size() < 4; visited++) {
            int i = queue.poll();
            for (int j : neighbours[i]) {
                if (seen[j]) continue;
                seen[j] = true;
                queue.add(j);
                if (!holder[j].equals(o.attacker) && holder[i].equals(o.attacker) && lastDay[j] != day) found.add(j);
            }
        }
        return found.isEmpty() ? -1 : found.get(random.nextInt(found.size()));
    }

    /** Each place's k nearest, made symmetric (if a is near b, b is near a). */
    private static int[][] neighbours(List<Place> places, int k) {
        int n = places.size();
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lists.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            Place p = places.get(i);
            double[] best = new double[k];
            int[] bestIdx = new int[k];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            Arrays.fill(bestIdx, -1);
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                Place q = places.get(j);
                double d = km(p.lat(), p.lon(), q.lat(), q.lon());
                if (d >= best[k - 1]) continue;
                int at = k - 1;
                while (at > 0 && best[at - 1] > d) {
                    best[at] = best[at - 1];
                    bestIdx[at] = bestIdx[at - 1];
                    at--;
                }
                best[at] = d;
                bestIdx[at] = j;
            }
            for (int j : bestIdx) {
                if (j < 0) continue;
                if (!lists.get(i).contains(j)) lists.get(i).add(j);
                if (!lists.get(j).contains(i)) lists.get(j).add(i);
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    private static City nearestCity(Place p) {
        City best = CITIES.get(0);
        for (City c : CITIES) if (km(p.lat(), p.lon(), c.lat(), c.lon()) < km(p.lat(), p.lon(), best.lat(), best.lon())) best = c;
        return best;
    }

    private static Map<String, Object> change(int index, String locality, LocalDate date, String from, String to,
                                              String kind, int sources, SplittableRandom random) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.format(Locale.ROOT, "C%07d", index + 1));
        m.put("locality", locality);
        putDate(m, date);
        m.put("from", from);
        m.put("to", to);
        m.put("kind", kind);
        m.put("confidence", "medium");
        m.put("used", true);
        m.put("note", "synthetic");
        m.put("citations", citation(sources, random));
        return m;
    }

    // ---- events -----------------------------------------------------------------------------------------------

    private static List<Map<String, Object>> events(List<Place> places, List<Map<String, Object>> changes, int n,
                                                    int sources, SplittableRandom random) {
        List<Map<String, Object>> out = new ArrayList<>(n);
        Map<String, Place> byId = new HashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        List<Map<String, Object>> moves = changes.stream().filter(c -> !"status_quo".equals(c.get("kind"))).toList();
        for (int i = 0; i < n; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            Place where;
            String type, actor;
            LocalDate date;
            if (!moves.isEmpty() && random.nextDouble() < 0.6) {  // most events happen where the front moves
                Map<String, Object> c = moves.get(random.nextInt(moves.size()));
                where = byId.get((String) c.get("locality"));
                date = LocalDate.parse((String) c.get("date"));
                type = "contested".equals(c.get("kind")) ? "clash" : "capture";
                actor = (String) c.get("to");
            } else {
                where = places.get(random.nextInt(places.size()));
                date = FIRST_DAY.plusDays(random.nextInt(DAYS + 1));
                type = EVENT_TYPES[random.nextInt(EVENT_TYPES.length)];
                actor = HOLDERS[random.nextInt(HOLDERS.length)];
            }
            m.put("id", String.format(Locale.ROOT, "E%07d", i + 1));
            putDate(m, date);
            m.put("type", type);
            m.put("locality", where.id());
            m.put("lat", null);
            m.put("lon", null);
            m.put("actors", List.of(actor));
            m.put("title", "Synthetic " + type.replace('_', ' ') + " at " + where.name());
            m.put("summary", null);
            m.put("fatalities", random.nextDouble() < 0.5 ? null : random.nextInt(12));
            m.put("confidence", "medium");
            m.put("citations", citation(sources, random));
            out.add(m);
        }
        out.sort((a, b) -> ((String) a.get("date")).compareTo((String) b.get("date")));
        return out;
    }

    private static void putDate(Map<String, Object> m, LocalDate date) {
        m.put("date", date.toString());
        m.put("time", null);
        m.put("precision", "day");
    }

    private static List<Map<String, Object>> citation(int sources, SplittableRandom random) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("source", sourceId(random.nextInt(sources)));
        c.put("excerpt", EXCERPT);
        return List.of(c);
    }

    private static String sourceId(int i) {
        return String.format(Locale.ROOT, "S%06d", i + 1);
    }

    // ---- files ------------------------------------------------------------------------------------------------

    /**
     * The shipped factions without their periods of validity: synthetic changes spread over a year name any faction
     * on any day, and the synthetic dataset has no successions to carry one faction's places to the next.
     */
    private static void copyFactions(Path dir) throws IOException {
        try (InputStream in = DataFiles.embedded().open(DataFiles.FACTIONS).orElseThrow();
             CSVParser rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> kept = rows.getHeaderNames().stream().filter(h -> !h.startsWith("valid_")).toList();
            try (CSVPrinter out = csv(dir.resolve(DataFiles.FACTIONS), kept.toArray(String[]::new))) {
                for (CSVRecord r : rows) out.printRecord(kept.stream().map(r::get).toList());
            }
        }
    }

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header).build());
    }

    private static void writeLocalities(Path dir, List<Place> places, long seed) throws IOException {
        try (CSVPrinter out = csv(dir.resolve(DataFiles.LOCALITIES), "id", "name_en", "name_ar", "kind", "governorate",
                "lat", "lon", "coord_source", "coord_ref", "coord_error_km", "geonames_id", "population")) {
            for (Place p : places) {
                out.printRecord(p.id(), p.name(), "", p.kind(), "", String.format(Locale.ROOT, "%.5f", p.lat()),
                        String.format(Locale.ROOT, "%.5f", p.lon()), "approximate",
                        "synthetic position (sitmap generate, seed " + seed + ")", "0", "",
                        p.population() == null ? "" : p.population().toString());
            }
        }
    }

    private static void writeSources(Path dir, int n, long seed, SplittableRandom random) throws IOException {
        try (CSVPrinter out = csv(dir.resolve(DataFiles.SOURCES), "id", "outlet", "title", "published", "url",
                "language", "seen_on")) {
            for (int i = 0; i < n; i++) {
                String id = sourceId(i);
                out.printRecord(id, "Synthetic", "Synthetic report " + (i + 1),
                        FIRST_DAY.plusDays(random.nextInt(DAYS + 1)).toString(),
                        "https://synthetic.invalid/sitmap/" + seed + "/" + id, "en", "");
            }
        }
    }

    private static void writeJsonl(Path file, List<Map<String, Object>> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map<String, Object> row : rows) {
                w.write(json(row));
                w.write('\n');
            }
        }
    }

    private static String json(Map<String, Object> row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + row.get("id"), e);
        }
    }
}
