package org.sitmap.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneOptions;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.geo.ZoneStatus;

/**
 * The reports behind the zones an image shows: for every locality whose zone is drawn and whose position lies within
 * reach of the view, the sources cited by the used change that gave it its state at the instant drawn. Thread-safe.
 */
public final class ZoneSources {
    /** Sources newest first: by publication date (undated last), then id. */
    public static final Comparator<Source> NEWEST_FIRST = Comparator.comparing(Source::published,
            Comparator.comparing((String p) -> p.isEmpty()).thenComparing(Comparator.reverseOrder()))
            .thenComparing(Source::id);
    /**
     * Sources for a map of {@code day}: those published by that day newest first, then those published later (a
     * later report confirming an earlier change) in the order they appeared, then the undated; ties by id. A reader
     * of a map of April 2025 sees first the reports current then, not a retrospective of 2026.
     */
    public static Comparator<Source> latestBy(java.time.LocalDate day) {
        String cut = day.toString();
        return Comparator.comparing((Source s) -> s.published().isEmpty() ? 2 : s.published().compareTo(cut) <= 0 ? 0 : 1)
                .thenComparing((a, b) -> a.published().compareTo(cut) <= 0 ? b.published().compareTo(a.published())
                        : a.published().compareTo(b.published()))
                .thenComparing(Source::id);
    }

    /** A seat farther than this from the view cannot decide a cell inside it (the no-data distance), degrees. */
    private static final double REACH_DEG = ZoneOptions.DEFAULT_NO_DATA_KM / 111.0 * 1.3;

    private final Dataset dataset;
    private final Map<String, List<ControlChange>> usedByLocality = new HashMap<>();

    public ZoneSources(Dataset dataset) {
        this.dataset = dataset;
        for (ControlChange c : dataset.changes()) {
            if (c.used()) usedByLocality.computeIfAbsent(c.localityId(), k -> new ArrayList<>()).add(c);
        }
    }

    /** The sources behind {@code snapshot}'s zones within {@code lonLatView}, at {@code at}, {@link #latestBy} its day. */
    public List<Source> behind(ZoneSnapshot snapshot, Instant at, Envelope lonLatView) {
        Envelope reach = new Envelope(lonLatView);
        reach.expandBy(REACH_DEG);
        Map<String, Source> out = new LinkedHashMap<>();
        for (Zone z : snapshot.zones()) {
            if (z.status() == ZoneStatus.NO_DATA || !z.geometry().getEnvelopeInternal().intersects(lonLatView)) continue;
            for (String id : z.localityIds()) {
                Locality l = dataset.locality(id).orElse(null);
                if (l == null || !reach.contains(l.point().lon(), l.point().lat())) continue;
                ControlChange deciding = latestAtOrBefore(id, at);
                if (deciding == null) continue;
                for (Citation c : deciding.citations()) dataset.source(c.sourceId()).ifPresent(s -> out.putIfAbsent(s.id(), s));
            }
        }
        List<Source> sorted = new ArrayList<>(out.values());
        sorted.sort(latestBy(org.sitmap.domain.ReportedTime.localDate(at)));
        return List.copyOf(sorted);
    }

    /** The used changes applying in {@code (after, upTo]}, in time order: what a replay frame newly shows. */
    public List<ControlChange> changesBetween(Instant after, Instant upTo) {
        List<ControlChange> out = new ArrayList<>();
        for (ControlChange c : dataset.changes()) {
            Instant w = c.when().instant();
            if (c.used() && w.isAfter(after) && !w.isAfter(upTo)) out.add(c);
        }
        return out;
    }

    private ControlChange latestAtOrBefore(String localityId, Instant at) {
        ControlChange last = null;
        for (ControlChange c : usedByLocality.getOrDefault(localityId, List.of())) {
            if (c.when().instant().isAfter(at)) break;
            last = c;
        }
        return last;
    }
}
