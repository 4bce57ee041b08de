package org.sitmap.interop.acled;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ProposedChange;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.Importer;
import org.sitmap.interop.ReadAhead;
import org.sitmap.store.StoreException;
import org.sitmap.store.UserRowsWriter;
import org.sitmap.task.TaskRunner;

/**
 * ACLED rows → user events ({@code u.acled.<event_id_cnty>}, so a re-import updates them) citing one ACLED source,
 * and, for ACLED's territorial sub-event types, pending {@link ProposedChange}s. Rows outside Syria are skipped with
 * the reason; actors the {@link AcledActorMap} does not know are reported, not guessed. Streams: memory does not grow
 * with the file.
 */
public final class AcledImporter implements Importer {
    /** The one source every ACLED row cites; the row's own outlets go into the citation. */
    public static final Source ACLED = new Source("u.acled", "ACLED",
            "Armed Conflict Location & Event Data (ACLED) export", "", "https://acleddata.com/", "en", "");
    static final String ID_PREFIX = "u.acled.";
    /** Syria's bounds with a little margin, the region Sitmap maps (degrees). */
    static final double MIN_LAT = 32.2, MAX_LAT = 37.5, MIN_LON = 35.5, MAX_LON = 42.5;
    /** A territorial event names a known locality if one of that name lies this close, else the nearest this close. */
    static final double SAME_NAME_KM = 15, NEAREST_KM = 3;

    private final AcledActorMap actors;

    public AcledImporter(AcledActorMap actors) {
        this.actors = actors;
    }

    @Override
    public ImportReport read(Path file, Dataset current, UserRowsWriter target, TaskRunner.Progress progress)
            throws ImportException, IOException, StoreException {
        String name = file.getFileName().toString();
        ImportReport report = new ImportReport(name);
        long size = Files.size(file);
        CountingInput counted = new CountingInput(Files.newInputStream(file));
        Places places = new Places(current);
        Map<String, ActorFactions> actorRows = new HashMap<>();
        // Rows are parsed on a thread of their own while this one stores them (ReadAhead); the header is read here.
        try (AcledReader reader = new AcledReader(name, new org.sitmap.io.Utf8LineReader(counted));
             ReadAhead<AcledRow> rows = new ReadAhead<>("ACLED reader", () -> readRow(reader, name))) {
            target.putSource(ACLED);
            AcledRow row;
            while ((row = rows.next()) != null) {
                if (progress.isCancelled()) throw new CancellationException("import of " + name + " cancelled");
                store(row, name, current, places, actorRows, target, report);
                if (row.line() % 1000 == 0) progress.update(counted.count(), size, "line " + row.line());
            }
        }
        progress.update(size, size, report.summary());
        return report;
    }

    private static AcledRow readRow(AcledReader reader, String name) throws ImportException {
        try {
            return reader.next();
        } catch (RuntimeException e) {
            // A malformed UTF-8 byte surfaces as an unchecked error from the parser.
            throw new ImportException(new org.sitmap.io.DataProblem(name, reader.line() + 1,
                    "not UTF-8 text (save the export as UTF-8): " + e.getMessage()));
        }
    }

    private void store(AcledRow row, String file, Dataset current, Places places, Map<String, ActorFactions> actorRows,
                       UserRowsWriter target, ImportReport report) throws StoreException {
        if (!row.country().isEmpty() && !row.country().equalsIgnoreCase("Syria")) {
            report.skipped(row.line(), row.eventId() + ": in " + row.country() + ", not Syria");
            return;
        }
        if (row.latitude() < MIN_LAT || row.latitude() > MAX_LAT || row.longitude() < MIN_LON || row.longitude() > MAX_LON) {
            report.skipped(row.line(), row.eventId() + ": at " + row.latitude() + "," + row.longitude() + ", outside the mapped region");
            return;
        }
        List<String> factions = factions(row, actorRows, report);
        Citation citation = new Citation(ACLED.id(), citationText(row));
        Event event = new Event(ID_PREFIX + row.eventId(), when(row), type(row), null,
                new GeoPoint(row.latitude(), row.longitude()), factions, title(row), row.notes(), row.fatalities(),
                Confidence.MEDIUM, List.of(citation));
        if (target.putEvent(event) == UserRowsWriter.Put.ADDED) report.added();
        else report.updated();
        Optional<ProposedChange> proposal = proposal(row, file, current, places, citation, report);
        if (proposal.isPresent()) {
            if (target.putProposal(proposal.get()) == UserRowsWriter.Put.KEPT) report.proposalKept();
            else report.proposed();
        }
    }

    /** The factions of a row's four actor fields, and the actors the mapping does not know (each occurrence reported). */
    private record ActorFactions(List<String> factions, List<String> unknown) {
    }

    /** Bounds the per-import cache of actor fields: an export repeats a few thousand combinations. */
    private static final int MAX_ACTOR_ROWS = 50_000;

    private List<String> factions(AcledRow row, Map<String, ActorFactions> cache, ImportReport report) {
        String key = row.actor1() + '\u0001' + row.assocActor1() + '\u0001' + row.actor2() + '\u0001' + row.assocActor2();
        ActorFactions found = cache.get(key);
        if (found == null) {
            found = factions(row);
            if (cache.size() < MAX_ACTOR_ROWS) cache.put(key, found);
        }
        for (String actor : found.unknown()) report.unknownActor(actor);
        return found.factions();
    }

    private ActorFactions factions(AcledRow row) {
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String actor : actorNames(row)) {
            AcledActorMap.Lookup found = actors.lookup(actor);
            if (found instanceof AcledActorMap.Mapped m) out.add(m.faction());
            else if (found instanceof AcledActorMap.Unknown) unknown.add(actor);
        }
        return new ActorFactions(List.copyOf(out), List.copyOf(unknown));
    }

    private static List<String> actorNames(AcledRow row) {
        List<String> names = new ArrayList<>();
        for (String field : List.of(row.actor1(), row.assocActor1(), row.actor2(), row.assocActor2())) {
            for (String a : field.split(";")) {
                if (!a.isBlank()) names.add(a.strip());
            }
        }
        return names;
    }

    private static ReportedTime when(AcledRow row) {
        return new ReportedTime(row.date(), null, row.timePrecision() == 1 ? Precision.DAY : Precision.APPROX_DAY);
    }

    /** ACLED's event types in Sitmap's terms. */
    static EventType type(AcledRow row) {
        String sub = row.subEventType().toLowerCase(Locale.ROOT);
        String type = row.eventType().toLowerCase(Locale.ROOT);
        if (sub.contains("overtakes territory") || sub.contains("regains territory")) return EventType.CAPTURE;
        if (sub.contains("transfer of territory")) return EventType.WITHDRAWAL;
        if (sub.contains("air/drone strike")) return EventType.AIRSTRIKE;
        if (sub.contains("shelling")) return EventType.SHELLING;
        if (sub.contains("headquarters or base")) return EventType.TROOP_MOVEMENT;
        if (sub.equals("agreement")) return EventType.DIPLOMATIC;
        if (type.equals("battles")) return EventType.CLASH;
        return EventType.OTHER;
    }

    private static String title(AcledRow row) {
        String what = row.subEventType().isEmpty() ? row.eventType() : row.subEventType();
        if (what.isEmpty()) what = "ACLED event";
        return row.location().isEmpty() ? what : what + " in " + row.location();
    }

    /** The row's ACLED id, precision and the outlets ACLED names: what a reader needs to find the report. */
    private static String citationText(AcledRow row) {
        return "ACLED " + row.eventId() + " (time precision " + row.timePrecision() + ", geo precision "
                + row.geoPrecision() + ")" + (row.source().isEmpty() ? "" : "; reported by: " + row.source());
    }

    private Optional<ProposedChange> proposal(AcledRow row, String file, Dataset current, Places places,
                                              Citation citation, ImportReport report) {
        EventType type = type(row);
        if (type != EventType.CAPTURE && type != EventType.WITHDRAWAL) return Optional.empty();
        Optional<String> to = actors.faction(row.actor1()).filter(f -> holdsGround(current, f));
        if (to.isEmpty()) {
            report.skipped(row.line(), row.eventId() + ": territorial event, but actor1 '" + row.actor1()
                    + "' maps to no faction that holds ground: no control change proposed");
            return Optional.empty();
        }
        String from = actors.faction(row.actor2()).filter(f -> holdsGround(current, f)).filter(f -> !f.equals(to.get())).orElse(null);
        GeoPoint at = new GeoPoint(row.latitude(), row.longitude());
        String locality = places.match(row.location(), at).map(Locality::id).orElse(null);
        ChangeKind kind = type == EventType.CAPTURE ? ChangeKind.CAPTURED : ChangeKind.WITHDRAWN;
        return Optional.of(ProposedChange.pending(ID_PREFIX + row.eventId(), locality, row.location(), at, when(row),
                from, to.get(), kind, row.notes(), "ACLED import of " + file, List.of(citation)));
    }

    private static boolean holdsGround(Dataset d, String faction) {
        return d.faction(faction).map(f -> f.holdsGround()).orElse(false);
    }

    /** A locality of the same name nearby, else the nearest one within {@link #NEAREST_KM}. */
    static Optional<Locality> matchLocality(Dataset d, String name, GeoPoint at) {
        return new Places(d).match(name, at);
    }

    /**
     * The localities of one import with their names normalised once (normalising every name again for every
     * territorial row was a twelfth of an import).
     */
    private static final class Places {
        private final List<Locality> localities;
        private final String[] names;

        Places(Dataset d) {
            localities = d.localities();
            names = new String[localities.size()];
            for (int i = 0; i < names.length; i++) names[i] = normalise(localities.get(i).nameEn());
        }

        Optional<Locality> match(String name, GeoPoint at) {
            String key = normalise(name);
            Locality best = null;
            double bestKm = Double.MAX_VALUE;
            for (int i = 0; i < names.length; i++) {
                Locality l = localities.get(i);
                double km = l.point().distanceKm(at);
                if (km <= SAME_NAME_KM && !key.isEmpty() && names[i].equals(key)) return Optional.of(l);
                if (km < bestKm) {
                    bestKm = km;
                    best = l;
                }
            }
            return bestKm <= NEAREST_KM ? Optional.ofNullable(best) : Optional.empty();
        }
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}"),
            ARTICLE = java.util.regex.Pattern.compile("^(al|el|ar|as|ad|at|an|az)[- ]"),
            NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]");

    private static String normalise(String name) {
        String s = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(ARTICLE.matcher(s.toLowerCase(Locale.ROOT)).replaceFirst("")).replaceAll("");
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingInput extends java.io.FilterInputStream {
        private volatile long count; // written by the reading thread, read for progress by the storing one

        CountingInput(InputStream in) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
