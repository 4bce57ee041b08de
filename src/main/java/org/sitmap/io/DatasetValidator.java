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
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Succession;
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
    static final double MIN_LAT = Region.MIN_LAT, MAX_LAT = Region.MAX_LAT, MIN_LON = Region.MIN_LON, MAX_LON = Region.MAX_LON;
    static final double DUPLICATE_KM = 0.2;
    private static final Pattern ARABIC = Pattern.compile("[\\p{InArabic}\\s\\p{Punct}\\p{Nd}ـ]+");
    private static final Pattern HAS_ARABIC_LETTER = Pattern.compile("\\p{InArabic}");

    /** Longest excerpt a citation may quote (data/README.md's rule). */
    static final int MAX_EXCERPT_WORDS = 30;
    /** Problems listed per file before the rest are only counted: the first ones usually name the cause. */
    static final int MAX_LISTED_PER_FILE = 25;

    public List<DataProblem> validate(ReadResult read) {
        List<DataProblem> out = new ArrayList<>(read.problems());
        Dataset d = read.dataset();
        checkLocalities(read, d, out);
        checkSources(read, d, out);
        checkChanges(read, d, out);
        checkEvents(read, d, out);
        checkSuccessions(read, d, out);
        checkAliases(read, d, out);
        return capped(out);
    }

    /** Keeps the first problems of each file and replaces the rest by one line counting them. */
    private static List<DataProblem> capped(List<DataProblem> all) {
        Map<String, Integer> perFile = new HashMap<>();
        List<DataProblem> out = new ArrayList<>();
        for (DataProblem p : all) {
            int n = perFile.merge(p.file(), 1, Integer::sum);
            if (n <= MAX_LISTED_PER_FILE) out.add(p);
        }
        perFile.forEach((file, n) -> {
            if (n > MAX_LISTED_PER_FILE) out.add(new DataProblem(file, 0, "and " + (n - MAX_LISTED_PER_FILE)
                    + " more problems (fix the ones listed first: they are often the cause of the rest)"));
        });
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

    /**
     * Each used change must start from the holder the previous used change left, followed through the successions
     * since (a place HTS took in 2024 is SGOV's in 2026): the story has no gaps. The holder a change leaves must be a
     * faction of the map at that instant.
     */
    private static void checkChains(ReadResult read, Dataset d, List<DataProblem> out) {
        Map<String, String> holder = new HashMap<>();
        Map<String, java.time.Instant> since = new HashMap<>();
        ControlTimeline timeline = new ControlTimeline(d);
        for (ControlChange c : d.changes()) { // in time order
            if (!c.used()) continue;
            java.time.Instant at = c.when().instant();
            String before = holder.get(c.localityId());
            if (before != null) before = timeline.successorAt(before, since.get(c.localityId()), at.minusNanos(1));
            for (String f : java.util.Arrays.asList(c.from(), c.to())) {
                if (f == null) continue;
                // The side that gives way must exist just before the change; the side that holds after, at it.
                java.time.Instant when = f.equals(c.to()) ? at : at.minusNanos(1);
                d.faction(f).filter(x -> !x.validAt(when) && !(c.kind() == ChangeKind.STATUS_QUO)).ifPresent(x -> out.add(problem(
                        read.where(DataFiles.CONTROL, c.id()), "control change " + c.id() + " on " + c.when() + " names " + f
                                + ", which is not a faction of the map then (valid " + validity(x) + ")")));
            }
            since.put(c.localityId(), at);
            if (c.kind() != ChangeKind.STATUS_QUO && before != null && !before.equals(c.from())) {
                out.add(problem(read.where(DataFiles.CONTROL, c.id()), "control change " + c.id() + " on " + c.when()
                        + " starts from " + c.from() + " but " + c.localityId() + " was held by " + before + " then"));
            }
            holder.put(c.localityId(), c.kind() == ChangeKind.CONTESTED ? c.from() : c.to());
        }
    }

    private static String validity(Faction f) {
        return (f.validFrom() == null ? "" : "from " + f.validFrom() + " ") + (f.validUntil() == null ? "" : "until " + f.validUntil());
    }

    /** Successions name known factions that hold ground, cite known sources, and end their predecessor's validity. */
    private static void checkSuccessions(ReadResult read, Dataset d, List<DataProblem> out) {
        for (Succession s : d.successions()) {
            var at = read.where(DataFiles.SUCCESSIONS, s.id());
            for (String f : List.of(s.from(), s.to())) {
                if (d.faction(f).isEmpty()) out.add(problem(at, "succession " + s.id() + ": unknown faction '" + f + "'"));
                else if (!d.faction(f).get().holdsGround()) out.add(problem(at, "succession " + s.id() + ": faction '" + f + "' cannot hold ground"));
            }
            checkDate(s.when(), at, "succession " + s.id(), out);
            checkCitations(d, s.citations(), at, "succession " + s.id(), out);
            if (s.transfersHoldings()) {
                d.faction(s.from()).filter(f -> !s.when().date().equals(f.validUntil())).ifPresent(f -> out.add(problem(at,
                        "succession " + s.id() + " on " + s.when().date() + ": " + f.id() + " must be valid until that day in "
                                + DataFiles.FACTIONS + " (is " + f.validUntil() + ")")));
                d.faction(s.to()).filter(f -> !f.validAt(s.when().instant())).ifPresent(f -> out.add(problem(at,
                        "succession " + s.id() + ": successor " + f.id() + " is not valid on " + s.when().date())));
            }
        }
        for (Faction f : d.factions()) {
            if (f.validUntil() != null && d.successions().stream().noneMatch(s -> s.from().equals(f.id()) && s.transfersHoldings())) {
                out.add(problem(read.where(DataFiles.FACTIONS, f.id()), "faction " + f.id() + " ends on " + f.validUntil()
                        + " but no succession in " + DataFiles.SUCCESSIONS + " says what became of its places"));
            }
        }
    }

    private static void checkAliases(ReadResult read, Dataset d, List<DataProblem> out) {
        d.aliases().keySet().stream().filter(id -> d.locality(id).isEmpty()).forEach(id -> out.add(problem(
                new ReadResult.Location(DataFiles.ALIASES, 0), "alias for unknown locality '" + id + "'")));
    }

    /** What {@link #validateStreaming} found: the dataset without its events, how many events, and the problems. */
    public record Streamed(Dataset dataset, long events, List<DataProblem> problems) {
    }

    /**
     * Reads and checks a dataset whose events are checked as they stream past and then dropped: memory holds the
     * localities, sources and changes, never the events file. Same checks and problems as {@link #validate}.
     */
    public Streamed validateStreaming(DatasetReader reader, DataFiles files) {
        List<DataProblem> eventProblems = new ArrayList<>();
        long[] count = {0};
        ReadResult read = reader.read(files, (e, at, rest) -> {
            count[0]++;
            if (eventProblems.size() < 10_000) checkEvent(at, rest, e, eventProblems);
        });
        List<DataProblem> out = new ArrayList<>(read.problems());
        Dataset d = read.dataset();
        checkLocalities(read, d, out);
        checkSources(read, d, out);
        checkChanges(read, d, out);
        checkSuccessions(read, d, out);
        checkAliases(read, d, out);
        out.addAll(eventProblems);
        return new Streamed(d, count[0], capped(out));
    }

    private void checkEvents(ReadResult read, Dataset d, List<DataProblem> out) {
        for (Event e : d.events()) checkEvent(read.where(DataFiles.EVENTS, e.id()), d, e, out);
    }

    private void checkEvent(ReadResult.Location at, Dataset d, Event e, List<DataProblem> out) {
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
            int words = c.excerpt().isBlank() ? 0 : c.excerpt().strip().split("\\s+").length;
            if (words > MAX_EXCERPT_WORDS) out.add(problem(at, what + ": the excerpt from " + c.sourceId() + " has "
                    + words + " words; quote at most " + MAX_EXCERPT_WORDS));
        }
    }

    private static DataProblem problem(ReadResult.Location at, String message) {
        return new DataProblem(at.file(), at.line(), message);
    }
}
