package org.sitmap.interop.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.Importer;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DataProblem;
import org.sitmap.io.DatasetReader;
import org.sitmap.io.ReadResult;
import org.sitmap.store.StoreException;
import org.sitmap.store.UserRowsWriter;
import org.sitmap.task.TaskRunner;

/**
 * Merges a folder in the format of {@code data/} (a colleague's additions, or File → Export my edits) into the
 * user's part. Every incoming id moves into the user namespace ({@code E0042} → {@code u.E0042}; ids already starting
 * with {@code u.} stay); a row equal to one already stored under its id is not copied and references point at the
 * stored one. A row whose id is taken by different content is stored under a fresh id ({@code u.E0042.2}) and listed
 * as a conflict: nothing is overwritten silently. Factions are not imported: rows naming a faction the store does not
 * know are skipped with the reason. Any read problem fails the whole import.
 */
public final class DatasetFolderImporter implements Importer {
    @Override
    public ImportReport read(Path dir, Dataset current, UserRowsWriter target, TaskRunner.Progress progress)
            throws ImportException, IOException, StoreException {
        String name = dir.getFileName().toString();
        if (!Files.isDirectory(dir)) throw new ImportException(new DataProblem(name, 0, "not a folder"));
        ReadResult read = new DatasetReader().read(DataFiles.fromDirectory(dir));
        List<DataProblem> problems = read.problems().stream().filter(p -> !p.message().equals(org.sitmap.io.DatasetReader.MISSING_FILE)).toList();
        if (!problems.isEmpty()) throw new ImportException(problems);
        Dataset in = read.dataset();
        ImportReport report = new ImportReport(name);
        Map<String, String> localities = new HashMap<>(), sources = new HashMap<>();
        for (Locality l : in.localities()) {
            check(progress, name);
            Optional<String> id = place(line(read, DataFiles.LOCALITIES, l.id()), l.id(), current::locality, l, lid -> new Locality(lid, l.nameEn(), l.nameAr(), l.kind(),
                    l.governorate(), l.point(), l.coordSource(), l.coordRef(), l.coordErrorKm(), l.geonamesId(), l.population()),
                    target::putLocality, report, "locality");
            id.ifPresent(v -> localities.put(l.id(), v));
        }
        for (Source s : in.sources()) {
            check(progress, name);
            Optional<String> id = place(line(read, DataFiles.SOURCES, s.id()), s.id(), current::source, s, sid -> new Source(sid, s.outlet(), s.title(), s.published(),
                    s.url(), s.language(), s.seenOn()), target::putSource, report, "source");
            id.ifPresent(v -> sources.put(s.id(), v));
        }
        Map<String, ControlChange> storedChanges = new HashMap<>();
        current.changes().forEach(c -> storedChanges.put(c.id(), c));
        for (ControlChange c : in.changes()) {
            check(progress, name);
            String missing = missingFaction(current, c.from(), c.to());
            if (missing != null) {
                report.skipped(line(read, DataFiles.CONTROL, c.id()), "control change " + c.id() + " names the unknown faction " + missing);
                continue;
            }
            ControlChange mapped = new ControlChange(c.id(), map(localities, c.localityId()), c.when(), c.from(), c.to(), c.kind(),
                    c.confidence(), c.used(), c.note(), cite(sources, c.citations()));
            if (unresolved(current, localities, sources, mapped.localityId(), mapped.citations(), report,
                    line(read, DataFiles.CONTROL, c.id()), "control change " + c.id())) continue;
            place(line(read, DataFiles.CONTROL, c.id()), c.id(), id -> Optional.ofNullable(storedChanges.get(id)), mapped, cid -> new ControlChange(cid, mapped.localityId(),
                    c.when(), c.from(), c.to(), c.kind(), c.confidence(), c.used(), c.note(), mapped.citations()),
                    target::putChange, report, "control change");
        }
        Map<String, Event> storedEvents = new HashMap<>();
        current.events().forEach(e -> storedEvents.put(e.id(), e));
        for (Event e : in.events()) {
            check(progress, name);
            String missing = e.actors().stream().filter(a -> current.faction(a).isEmpty()).findFirst().orElse(null);
            if (missing != null) {
                report.skipped(line(read, DataFiles.EVENTS, e.id()), "event " + e.id() + " names the unknown faction " + missing);
                continue;
            }
            Event mapped = new Event(e.id(), e.when(), e.type(), e.localityId() == null ? null : map(localities, e.localityId()),
                    e.point(), e.actors(), e.title(), e.summary(), e.fatalities(), e.confidence(), cite(sources, e.citations()));
            if (unresolved(current, localities, sources, mapped.localityId(), mapped.citations(), report,
                    line(read, DataFiles.EVENTS, e.id()), "event " + e.id())) continue;
            place(line(read, DataFiles.EVENTS, e.id()), e.id(), id -> Optional.ofNullable(storedEvents.get(id)), mapped, eid -> new Event(eid, e.when(), e.type(),
                    mapped.localityId(), e.point(), e.actors(), e.title(), e.summary(), e.fatalities(), e.confidence(),
                    mapped.citations()), target::putEvent, report, "event");
        }
        return report;
    }

    private interface Put<T> {
        UserRowsWriter.Put put(T row) throws StoreException;
    }

    /**
     * Where a row goes: the stored row when it is equal (under its own id or its user id), else the user id, or a
     * fresh user id when that one holds different content (a conflict, reported).
     */
    private static <T> Optional<String> place(long line, String id, Function<String, Optional<T>> stored, T row,
                                              Function<String, T> withId, Put<T> put, ImportReport report, String what)
            throws StoreException {
        if (stored.apply(id).filter(row::equals).isPresent()) {
            report.skipped(line, what + " " + id + " is already stored, unchanged");
            return Optional.of(id);
        }
        String userId = id.startsWith(UserRowsWriter.USER_PREFIX) ? id : UserRowsWriter.USER_PREFIX + id;
        T asUser = withId.apply(userId);
        Optional<T> there = stored.apply(userId);
        if (there.isEmpty()) {
            put.put(asUser);
            report.added();
            return Optional.of(userId);
        }
        if (there.get().equals(asUser)) {
            report.skipped(line, what + " " + id + " is already stored as " + userId + ", unchanged");
            return Optional.of(userId);
        }
        String fresh = userId;
        for (int n = 2; stored.apply(fresh).isPresent(); n++) fresh = userId + "." + n;
        put.put(withId.apply(fresh));
        report.added();
        report.conflict(what + " " + id + ": " + userId + " holds different content; stored as " + fresh);
        return Optional.of(fresh);
    }

    /** True (and reported) when a row points at a locality or source that is neither stored nor in the folder. */
    private static boolean unresolved(Dataset current, Map<String, String> localities, Map<String, String> sources,
                                      String locality, List<Citation> citations, ImportReport report, long line, String what) {
        if (locality != null && !localities.containsValue(locality) && current.locality(locality).isEmpty()) {
            report.skipped(line, what + " names the unknown locality " + locality);
            return true;
        }
        for (Citation c : citations) {
            if (!sources.containsValue(c.sourceId()) && current.source(c.sourceId()).isEmpty()) {
                report.skipped(line, what + " cites the unknown source " + c.sourceId());
                return true;
            }
        }
        return false;
    }

    private static String map(Map<String, String> ids, String id) {
        return ids.getOrDefault(id, id);
    }

    private static List<Citation> cite(Map<String, String> sources, List<Citation> cs) {
        List<Citation> out = new ArrayList<>();
        for (Citation c : cs) out.add(new Citation(map(sources, c.sourceId()), c.excerpt()));
        return out;
    }

    private static String missingFaction(Dataset d, String... factions) {
        for (String f : factions) {
            if (f != null && d.faction(f).isEmpty()) return f;
        }
        return null;
    }

    private static long line(ReadResult read, String file, String id) {
        return read.where(file, id).line();
    }

    private static void check(TaskRunner.Progress progress, String name) {
        if (progress.isCancelled()) throw new CancellationException("import of " + name + " cancelled");
    }
}
