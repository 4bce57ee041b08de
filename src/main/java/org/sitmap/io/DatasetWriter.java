package org.sitmap.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.Faction;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;

/**
 * Writes a dataset as the five files of a {@code data/} folder, in the format {@link DatasetReader} reads (CSV with
 * a header, JSON Lines with lower-case enum values). Rows are written in the dataset's order. Stateless.
 */
public final class DatasetWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Writes the five files into {@code dir} (created if needed), replacing files of the same names. A file without
     * rows is left out (and one of that name removed): readers take a missing file as having none, an empty one is
     * reported as a mistake.
     */
    public void write(Dataset d, Path dir) throws IOException {
        Files.createDirectories(dir);
        if (keep(dir.resolve(DataFiles.FACTIONS), d.factions())) {
            try (CSVPrinter p = csv(dir.resolve(DataFiles.FACTIONS), "id", "name", "name_ar", "color", "holds_ground", "members", "description")) {
                for (Faction f : d.factions()) {
                    p.printRecord(f.id(), f.name(), f.nameAr(), f.color(), f.holdsGround(), String.join("|", f.members()), f.description());
                }
            }
        }
        if (keep(dir.resolve(DataFiles.LOCALITIES), d.localities())) {
            try (CSVPrinter p = csv(dir.resolve(DataFiles.LOCALITIES), "id", "name_en", "name_ar", "kind", "governorate", "lat", "lon",
                    "coord_source", "coord_ref", "coord_error_km", "geonames_id", "population")) {
                for (Locality l : d.localities()) {
                    p.printRecord(l.id(), l.nameEn(), l.nameAr(), lower(l.kind()), l.governorate(), l.point().lat(), l.point().lon(),
                            lower(l.coordSource()), l.coordRef(), number(l.coordErrorKm()), l.geonamesId() == null ? "" : l.geonamesId(),
                            l.population() == null ? "" : l.population());
                }
            }
        }
        if (keep(dir.resolve(DataFiles.SOURCES), d.sources())) {
            try (CSVPrinter p = csv(dir.resolve(DataFiles.SOURCES), "id", "outlet", "title", "published", "url", "language", "seen_on")) {
                for (Source s : d.sources()) p.printRecord(s.id(), s.outlet(), s.title(), s.published(), s.url(), s.language(), s.seenOn());
            }
        }
        if (keep(dir.resolve(DataFiles.CONTROL), d.changes())) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(DataFiles.CONTROL), StandardCharsets.UTF_8)) {
                for (ControlChange c : d.changes()) w.write(JSON.writeValueAsString(change(c)) + "\n");
            }
        }
        if (keep(dir.resolve(DataFiles.EVENTS), d.events())) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(DataFiles.EVENTS), StandardCharsets.UTF_8)) {
                for (Event e : d.events()) w.write(JSON.writeValueAsString(event(e)) + "\n");
            }
        }
    }

    /** Whether {@code file} gets written: it has rows; otherwise an old file of that name is removed. */
    private static boolean keep(Path file, List<?> rows) throws IOException {
        if (!rows.isEmpty()) return true;
        Files.deleteIfExists(file);
        return false;
    }

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    private static ObjectNode change(ControlChange c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id()).put("locality", c.localityId());
        time(n, c.when());
        n.put("from", c.from()).put("to", c.to()).put("kind", lower(c.kind())).put("confidence", lower(c.confidence()))
                .put("used", c.used()).put("note", c.note());
        citations(n, c.citations());
        return n;
    }

    private static ObjectNode event(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        time(n, e.when());
        n.put("type", lower(e.type())).put("locality", e.localityId());
        if (e.point() != null) n.put("lat", e.point().lat()).put("lon", e.point().lon());
        else n.putNull("lat").putNull("lon");
        ArrayNode actors = n.putArray("actors");
        e.actors().forEach(actors::add);
        n.put("title", e.title()).put("summary", e.summary()).put("fatalities", e.fatalities()).put("confidence", lower(e.confidence()));
        citations(n, e.citations());
        return n;
    }

    private static void time(ObjectNode n, ReportedTime t) {
        n.put("date", t.date().toString()).put("time", t.time() == null ? null : t.time().toString())
                .put("precision", lower(t.precision()));
    }

    private static void citations(ObjectNode n, List<Citation> cs) {
        ArrayNode a = n.putArray("citations");
        cs.forEach(c -> a.addObject().put("source", c.sourceId()).put("excerpt", c.excerpt()));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
