package org.sitmap.interop;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ImportedZone;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.io.DataProblem;
import org.sitmap.store.StoreException;
import org.sitmap.store.UserRowsWriter;

/**
 * Turns features of GeoJSON and KML files into user rows: points with a date, a title and a source URL become events
 * citing that URL; polygons with a date become zones of an imported layer. Anything else is skipped with the reason.
 * Property names are looked up in {@link #DATE}, {@link #TITLE}... order, so common variants need no mapping.
 */
public final class FeatureRows {
    static final String[] DATE = {"when", "date", "begin", "valid_from", "time", "timestamp", "event_date"};
    static final String[] END = {"end", "valid_to"};
    static final String[] TITLE = {"title", "name"};
    static final String[] URL = {"url", "link", "source_url", "href"};
    static final String[] SUMMARY = {"summary", "description", "notes"};
    static final String[] FACTION = {"faction", "holder", "controlled_by", "control"};

    private final String prefix;
    private final String file;
    private final String layer;
    private final Dataset current;
    private final UserRowsWriter target;
    private final ImportReport report;
    private long count;

    /**
     * @param prefix id prefix for this file's rows, e.g. {@code u.kml.theirmap}
     * @param layer  the imported layer's name when the feature sits in no folder
     */
    public FeatureRows(String prefix, String file, String layer, Dataset current, UserRowsWriter target, ImportReport report) {
        this.prefix = prefix;
        this.file = file;
        this.layer = layer;
        this.current = current;
        this.target = target;
        this.report = report;
    }

    /** An id-safe form of any text. */
    public static String slug(String s) {
        String out = s.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return out.length() > 40 ? out.substring(0, 40) : out;
    }

    public void add(FeatureRecord f) throws ImportException, StoreException {
        count++;
        String local = f.id() == null || slug(f.id()).isEmpty() ? Long.toString(count) : slug(f.id());
        Geometry g = f.geometry();
        if (g == null) {
            report.skipped(f.line(), "feature " + local + " has no geometry");
        } else if (g instanceof Point p) {
            event(f, local, p);
        } else if (g instanceof Polygon || g instanceof MultiPolygon) {
            zone(f, local, g);
        } else {
            report.skipped(f.line(), "feature " + local + " is a " + g.getGeometryType() + ": only points and polygons are read");
        }
    }

    private void event(FeatureRecord f, String local, Point p) throws ImportException, StoreException {
        String date = f.first(DATE), title = f.first(TITLE), url = f.first(URL);
        if (date == null) {
            report.skipped(f.line(), "point " + local + " has no date");
            return;
        }
        if (title == null) {
            report.skipped(f.line(), "point " + local + " has no title or name");
            return;
        }
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            report.skipped(f.line(), "point " + local + " has no http(s) source URL: Sitmap keeps only sourced events");
            return;
        }
        String urlProblem = org.sitmap.domain.WebAddress.problem(url);
        if (urlProblem != null) {
            report.skipped(f.line(), "point " + local + ": " + urlProblem);
            return;
        }
        if (!org.sitmap.io.Region.contains(p.getY(), p.getX())) {
            report.skipped(f.line(), "point " + local + " at " + org.sitmap.io.Region.outside(p.getY(), p.getX()));
            return;
        }
        ReportedTime when = reportedTime(date, f.line());
        Source source = source(f, url);
        target.putSource(source);
        List<String> actors = new ArrayList<>();
        String listed = f.first("actors", "faction");
        if (listed != null) {
            for (String a : listed.split("[|;,]")) {
                if (current.faction(a.strip()).isPresent()) actors.add(a.strip());
            }
        }
        Integer fatalities = null;
        String dead = f.first("fatalities");
        if (dead != null && dead.matches("\\d{1,7}")) fatalities = Integer.parseInt(dead);
        Event e = new Event(prefix + "." + local, when, type(f.first("type")), null, point(p, f.line()), actors, title,
                f.first(SUMMARY), fatalities, Confidence.LOW, List.of(new Citation(source.id(), f.first("excerpt"))));
        if (target.putEvent(e) == UserRowsWriter.Put.ADDED) report.added();
        else report.updated();
    }

    private void zone(FeatureRecord f, String local, Geometry g) throws ImportException, StoreException {
        String from = f.first(DATE);
        if (from == null) {
            report.skipped(f.line(), "polygon " + local + " has no date: an imported zone needs one");
            return;
        }
        for (var c : g.getCoordinates()) point(c.y, c.x, f.line());
        // A ring that crosses itself has no well-defined inside: its area and hit-tests would be wrong.
        var invalid = new org.locationtech.jts.operation.valid.IsValidOp(g).getValidationError();
        if (invalid != null) {
            var at = invalid.getCoordinate();
            throw new ImportException(new DataProblem(file, f.line(), "polygon " + local + " is not a valid shape: "
                    + invalid.getMessage().toLowerCase(Locale.ROOT) + (at == null ? "" : " at " + at.x + "," + at.y + " (lon,lat)")));
        }
        Instant start = instant(from, f.line(), false);
        String to = f.first(END);
        Instant end = to == null ? null : instant(to, f.line(), true);
        if (end != null && !end.isAfter(start)) {
            throw new ImportException(new DataProblem(file, f.line(), "polygon " + local + " ends (" + to + ") before it starts (" + from + ")"));
        }
        String holder = f.first(FACTION);
        String faction = holder != null && current.faction(holder).isPresent() ? holder : null;
        ImportedZone z = new ImportedZone("u.Z." + prefix.substring(2) + "." + local, f.folder() == null ? layer : f.folder(),
                faction, holder == null ? f.first(TITLE) : holder, start, end, new WKTWriter().write(g));
        if (target.putImportedZone(z) == UserRowsWriter.Put.ADDED) report.added();
        else report.updated();
    }

    private GeoPoint point(Point p, long line) throws ImportException {
        return point(p.getY(), p.getX(), line);
    }

    private GeoPoint point(double lat, double lon, long line) throws ImportException {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new ImportException(new DataProblem(file, line, "coordinates " + lon + "," + lat + " (lon,lat) are out of range"));
        }
        return new GeoPoint(lat, lon);
    }

    private static EventType type(String s) {
        if (s == null) return EventType.OTHER;
        try {
            return EventType.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return EventType.OTHER;
        }
    }

    private static Source source(FeatureRecord f, String url) {
        String outlet = f.first("outlet", "source_name");
        if (outlet == null) {
            String host = URI.create(url.replace(" ", "%20")).getHost();
            outlet = host == null ? url : host.replaceFirst("^www\\.", "");
        }
        String published = f.first("published");
        if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) published = "";
        return new Source("u.src." + hash(url), outlet, f.first("source_title"), published, url, "", "");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A date ({@code 2024-11-30}, its end in Syria) or an instant with offset ({@code 2024-11-30T21:00:00Z}). */
    private ReportedTime reportedTime(String s, long line) throws ImportException {
        try {
            if (s.length() == 10) return ReportedTime.ofDay(LocalDate.parse(s));
            OffsetDateTime t = OffsetDateTime.parse(s).withOffsetSameInstant(ReportedTime.SYRIA);
            if (t.toLocalTime().equals(java.time.LocalTime.of(23, 59, 59))) return ReportedTime.ofDay(t.toLocalDate());
            return new ReportedTime(t.toLocalDate(), t.toLocalTime(), Precision.MINUTE);
        } catch (DateTimeParseException e) {
            throw new ImportException(new DataProblem(file, line, "'" + s + "' is not a date (2024-11-30) or a time (2024-11-30T09:00:00Z)"));
        }
    }

    /** A bare date starts at the beginning of that day in Syria ({@code asEnd}: ends after it). */
    private Instant instant(String s, long line, boolean asEnd) throws ImportException {
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return (asEnd ? d.plusDays(1) : d).atStartOfDay().toInstant(ReportedTime.SYRIA);
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new ImportException(new DataProblem(file, line, "'" + s + "' is not a date (2024-11-30) or a time (2024-11-30T09:00:00Z)"));
        }
    }
}
