package org.sitmap.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.Faction;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;

/**
 * Checks a read dataset beyond what each row can check alone: references, sources on every fact, date and
 * coordinate ranges, Arabic script, near-duplicate localities, one status quo per locality. Stateless.
 */
public final class DatasetValidator {
    /** First day a fact of this dataset may carry; the last is today in Syria (a report cannot come from the future). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 11, 1);
    /** Syria's bounding box with a little margin (degrees). */
    public static final double MIN_LAT = 32.2, MAX_LAT = 37.5, MIN_LON = 35.5, MAX_LON = 42.5;
    static final double DUPLICATE_KM = 0.2;
    private static final Pattern ARABIC = Pattern.compile("[\\p{InArabic}\\s\\p{Punct}\\p{Nd}ـ]+");
    private static final Pattern HAS_ARABIC_LETTER = Pattern.compile("\\p{InArabic}");

    public List<DataProblem> validate(ReadResult read) {
        List<DataProblem> out = new ArrayList<>(read.problems());
        Dataset d = read.dataset();
        checkLocalities(read, d, out);
        checkSources(read, d, out);
        checkChanges(read, d, out);
        checkEvents(read, d, out);
        return out;
    }

    private void checkLocalities(ReadResult read, Dataset d, List<DataProblem> out) {
        List<Locality> all = d.localities();
        for (Locality l : all) {
            var at = read.where(DataFiles.LOCALITIES, l.id());
            double lat = l.point().lat(), lon = l.point().lon();
            if (lat < MIN_LAT || lat > MAX_LAT || lon < MIN_LON || lon > MAX_LON) {
                out.add(problem(at, "locality " + l.id() + " at " + lat + "," + lon + " lies outside Syria's bounds"));
            }
            if (!l.nameAr().isEmpty() && (!ARABIC.matcher(l.nameAr()).matches() || !HAS_ARABIC_LETTER.matcher(l.nameAr()).find())) {
                out.add(problem(at, "locality " + l.id() + ": Arabic name '" + l.nameAr() + "' is not in Arabic script"));
            }
            if (l.coordRef().isEmpty()) out.add(problem(at, "locality " + l.id() + ": coordinates have no source (coord_ref)"));
        }
        // Near-duplicates: sort by latitude and compare only neighbours within the distance band.
        List<Locality> byLat = new ArrayList<>(all);
        byLat.sort((a, b) -> Double.compare(a.point().lat(), b.point().lat()));
        double band = DUPLICATE_KM / 111.0;
        for (int i = 0; i < byLat.size(); i++) {
            for (int j = i + 1; j < byLat.size() && byLat.get(j).point().lat() - byLat.get(i).point().lat() <= band; j++) {
                Locality a = byLat.get(i), b = byLat.get(j);
                if (a.point().distanceKm(b.point()) < DUPLICATE_KM) {
                    out.add(problem(read.where(DataFiles.LOCALITIES, b.id()), "locality " + b.id()
                            + " lies within 200 m of " + a.id() + ": the same place under two ids?"));
                }
            }
        }
    }

    private void checkSources(ReadResult read, Dataset d, List<DataProblem> out) {
        Map<String, String> byUrl = new HashMap<>();
        d.sources().forEach(s -> {
            String prev = byUrl.putIfAbsent(s.url(), s.id());
            if (prev != null) out.add(problem(read.where(DataFiles.SOURCES, s.id()),
                    "source " + s.id() + " has the same URL as " + prev));
        });
    }

    private void checkChanges(ReadResult read, Dataset d, List<DataProblem> out) {
        Set<String> withStatusQuo = new HashSet<>();
        // The status quo is the dataset's first day (Dataset.period()): every place's status quo must describe it.
        LocalDate statusQuoDay = d.period().map(p -> p.first()).orElse(null);
        for (ControlChange c : d.changes()) {
            var at = read.where(DataFiles.CONTROL, c.id());
            if (d.locality(c.localityId()).isEmpty()) out.add(problem(at, "control change " + c.id() + ": unknown locality '" + c.localityId() + "'"));
            checkHolder(d, c.from(), at, c.id(), out);
            checkHolder(d, c.to(), at, c.id(), out);
            checkDate(c.when(), at, "control change " + c.id(), out);
            checkCitations(d, c.citations(), at, "control change " + c.id(), out);
            if (c.kind() == ChangeKind.STATUS_QUO && c.used()) {
                if (!c.when().date().equals(statusQuoDay)) out.add(problem(at, "status quo " + c.id() + " must be dated " + statusQuoDay
                        + ", the day of the dataset's status quo"));
                if (!withStatusQuo.add(c.localityId())) out.add(problem(at, "locality " + c.localityId() + " has a second status quo"));
            }
        }
        checkChains(read, d, out);
        for (Locality l : d.localities()) {
            if (!withStatusQuo.contains(l.id())) out.add(problem(read.where(DataFiles.LOCALITIES, l.id()),
                    "locality " + l.id() + " has no status quo of " + statusQuoDay + " in " + DataFiles.CONTROL));
        }
    }

    /** Each used change must start from the holder the previous used change left: the story has no gaps. */
    private static void checkChains(ReadResult read, Dataset d, List<DataProblem> out) {
        Map<String, String> holder = new HashMap<>();
        for (ControlChange c : d.changes()) { // in time order
            if (!c.used()) continue;
            String before = holder.get(c.localityId());
            if (c.kind() != ChangeKind.STATUS_QUO && before != null && !before.equals(c.from())) {
                out.add(problem(read.where(DataFiles.CONTROL, c.id()), "control change " + c.id() + " on " + c.when()
                        + " starts from " + c.from() + " but " + c.localityId() + " was held by " + before + " then"));
            }
            holder.put(c.localityId(), c.kind() == ChangeKind.CONTESTED ? c.from() : c.to());
        }
    }

    private void checkEvents(ReadResult read, Dataset d, List<DataProblem> out) {
        for (Event e : d.events()) {
            var at = read.where(DataFiles.EVENTS, e.id());
            if (e.localityId() != null && d.locality(e.localityId()).isEmpty()) out.add(problem(at, "event " + e.id() + ": unknown locality '" + e.localityId() + "'"));
            if (e.point() != null && (e.point().lat() < MIN_LAT || e.point().lat() > MAX_LAT || e.point().lon() < MIN_LON || e.point().lon() > MAX_LON)) {
                out.add(problem(at, "event " + e.id() + " at " + e.point().lat() + "," + e.point().lon() + " lies outside Syria's bounds"));
            }
            for (String actor : e.actors()) {
                if (d.faction(actor).isEmpty()) out.add(problem(at, "event " + e.id() + ": unknown actor '" + actor + "'"));
            }
            checkDate(e.when(), at, "event " + e.id(), out);
            checkCitations(d, e.citations(), at, "event " + e.id(), out);
        }
    }

    private static void checkHolder(Dataset d, String faction, ReadResult.Location at, String id, List<DataProblem> out) {
        if (faction == null) return;
        var f = d.faction(faction);
        if (f.isEmpty()) out.add(problem(at, "control change " + id + ": unknown faction '" + faction + "'"));
        else if (!f.map(Faction::holdsGround).orElse(false)) out.add(problem(at, "control change " + id + ": faction '" + faction + "' cannot hold ground"));
    }

    private static void checkDate(ReportedTime t, ReadResult.Location at, String what, List<DataProblem> out) {
        LocalDate lastDay = LocalDate.now(java.time.ZoneOffset.ofHours(3));
        if (t.date().isBefore(FIRST_DAY) || t.date().isAfter(lastDay)) {
            out.add(problem(at, what + ": date " + t.date() + " outside " + FIRST_DAY + ".." + lastDay));
        }
    }

    private static void checkCitations(Dataset d, List<Citation> citations, ReadResult.Location at, String what, List<DataProblem> out) {
        if (citations.isEmpty()) out.add(problem(at, what + " has no source"));
        for (Citation c : citations) {
            if (d.source(c.sourceId()).isEmpty()) out.add(problem(at, what + ": unknown source '" + c.sourceId() + "'"));
        }
    }

    private static DataProblem problem(ReadResult.Location at, String message) {
        return new DataProblem(at.file(), at.line(), message);
    }
}
