package org.sitmap.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;

/** Computes a {@link SourcingReport} for a dataset. Stateless and thread-safe. */
public final class SourcingCheck {
    /** An excerpt quoted by more rows than this is listed as reused. */
    public static final int REUSE_LIMIT = 5;
    /** A source published more than this many days after the fact it supports is listed as late. */
    public static final int LATE_DAYS = 90;

    public SourcingReport check(Dataset d) {
        List<String> naming = new ArrayList<>(), notNaming = new ArrayList<>(), overConfident = new ArrayList<>();
        int placeChanges = 0;
        for (ControlChange c : d.changes()) {
            if (!c.used() || c.kind() == ChangeKind.STATUS_QUO) continue;
            placeChanges++;
            Locality l = d.locality(c.localityId()).orElse(null);
            List<String> excerpts = c.citations().stream().map(Citation::excerpt).toList();
            if (l != null && PlaceNames.named(d, l, excerpts)) {
                naming.add(c.id());
            } else {
                notNaming.add(c.id());
                if (c.confidence() != Confidence.LOW && outlets(d, c.citations()) < 2) overConfident.add(c.id());
            }
        }
        return new SourcingReport(placeChanges, naming, notNaming, overConfident, duplicateSources(d),
                reusedExcerpts(d), lateCitations(d), reconstructedTitles(d));
    }

    private static long outlets(Dataset d, List<Citation> citations) {
        return citations.stream().map(c -> d.source(c.sourceId()).map(Source::outlet).orElse(c.sourceId()))
                .distinct().count();
    }

    private static List<List<String>> duplicateSources(Dataset d) {
        Map<String, List<String>> byUrl = new LinkedHashMap<>();
        for (Source s : d.sources()) byUrl.computeIfAbsent(normalisedUrl(s.url()), k -> new ArrayList<>()).add(s.id());
        return byUrl.values().stream().filter(ids -> ids.size() > 1).map(List::copyOf).toList();
    }

    /**
     * The address with what does not change the page taken out: scheme and host case, a default port, a leading
     * {@code www.}, percent-escapes, a trailing slash and the fragment.
     */
    static String normalisedUrl(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) host = host.substring(4);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (port == 443 && scheme.equals("https")) || (port == 80 && scheme.equals("http"));
            String path = u.getRawPath() == null ? "" : decode(u.getRawPath());
            while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
            String query = u.getRawQuery() == null ? "" : "?" + decode(u.getRawQuery());
            return host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static Map<String, Integer> reusedExcerpts(Dataset d) {
        Map<String, Set<String>> rows = new TreeMap<>();
        for (ControlChange c : d.changes()) c.citations().forEach(x -> cite(rows, x, c.id()));
        for (Event e : d.events()) e.citations().forEach(x -> cite(rows, x, e.id()));
        Map<String, Integer> out = new LinkedHashMap<>();
        rows.forEach((excerpt, ids) -> {
            if (ids.size() > REUSE_LIMIT) out.put(excerpt, ids.size());
        });
        return out;
    }

    private static void cite(Map<String, Set<String>> rows, Citation c, String rowId) {
        if (c.excerpt().isBlank()) return;
        rows.computeIfAbsent(c.sourceId() + ": " + c.excerpt().strip(), k -> new HashSet<>()).add(rowId);
    }

    private static List<String> lateCitations(Dataset d) {
        List<String> out = new ArrayList<>();
        for (ControlChange c : d.changes()) late(d, c.id(), c.when(), c.citations(), out);
        for (Event e : d.events()) late(d, e.id(), e.when(), e.citations(), out);
        return out;
    }

    private static void late(Dataset d, String id, ReportedTime when, List<Citation> citations, List<String> out) {
        for (Citation c : citations) {
            String published = d.source(c.sourceId()).map(Source::published).orElse("");
            if (published.length() != 10) continue; // only a full date can be compared honestly
            LocalDate p = LocalDate.parse(published);
            if (ChronoUnit.DAYS.between(when.date(), p) > LATE_DAYS) out.add(id + ": " + c.sourceId() + " (" + published + ")");
        }
    }

    private static List<String> reconstructedTitles(Dataset d) {
        return d.sources().stream().filter(s -> s.title().startsWith("[URL slug]") || s.title().startsWith("[page text]"))
                .map(Source::id).toList();
    }
}
