package org.sitmap.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.EditAction;
import org.sitmap.domain.Event;
import org.sitmap.domain.Locality;
import org.sitmap.domain.RowKind;
import org.sitmap.domain.RowWrite;
import org.sitmap.domain.Source;
import org.sitmap.domain.UserRow;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DataProblem;
import org.sitmap.io.DatasetOverlay;
import org.sitmap.io.DatasetReader;
import org.sitmap.io.DatasetWriter;
import org.sitmap.io.ReadResult;
import org.sitmap.store.StoreException;

/**
 * The user's edits as a folder in the format of {@code data/}, to review and contribute like any change to the
 * built-in dataset, and back. In the folder, the user's own rows get ids outside the {@code u.} namespace
 * ({@code u.C.12} → {@code C-u12}, {@code u.L.3} → {@code x-u3}); a correction of a built-in row is written under the
 * built-in id (the line a contributor would change); a retracted correction of a built-in change is written unused,
 * its note saying why. The folder is validated on top of the built-in dataset before anything is written.
 */
public final class EditsFolder {
    /**
     * What an export did.
     *
     * @param written  the rows written, empty when refused
     * @param skipped  user rows that cannot be expressed in the folder, with why
     * @param problems what the validator found; when not empty nothing was written
     */
    public record Export(Dataset written, List<String> skipped, List<DataProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private EditsFolder() {
    }

    /** The id a user row gets in an exported folder. */
    static String exportId(UserRow r) {
        if (r.isOverride()) return r.overrides();
        long n = r.kind().sequenceOf(r.id());
        String seq = n >= 0 ? String.valueOf(n) : r.id().substring(2).replaceAll("[^A-Za-z0-9]", "-");
        return switch (r.kind()) {
            case LOCALITY -> "x-u" + seq;
            case SOURCE -> "S-u" + seq;
            case CHANGE -> "C-u" + seq;
            case EVENT -> "E-u" + seq;
        };
    }

    /**
     * Writes {@code rows} (the store's user rows) into {@code dir} after validating them on top of {@code builtin};
     * writes nothing when the validator finds a problem.
     */
    public static Export export(List<UserRow> rows, Dataset builtin, Path dir) throws IOException {
        Map<String, String> ids = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        for (UserRow r : rows) ids.put(r.id(), exportId(r));
        List<Locality> localities = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<ControlChange> changes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (UserRow r : rows) {
            String id = ids.get(r.id());
            if (r.value() instanceof Locality l) {
                localities.add(new Locality(id, l.nameEn(), l.nameAr(), l.kind(), l.governorate(), l.point(), l.coordSource(),
                        l.coordRef(), l.coordErrorKm(), l.geonamesId(), l.population()));
            } else if (r.value() instanceof Source s) {
                sources.add(new Source(id, s.outlet(), s.title(), s.published(), s.url(), s.language(), s.seenOn()));
            } else if (r.value() instanceof ControlChange c) {
                if (r.isRetracted() && !r.isOverride()) {
                    skipped.add(r.id() + " is retracted (" + r.retracted() + ")");
                    continue;
                }
                boolean used = c.used() && !r.isRetracted();
                String note = r.isRetracted() ? join(c.note(), "Retracted: " + r.retracted()) : c.note();
                changes.add(new ControlChange(id, ids.getOrDefault(c.localityId(), c.localityId()), c.when(), c.from(), c.to(),
                        c.kind(), c.confidence(), used, note, cite(c.citations(), ids)));
            } else if (r.value() instanceof Event e) {
                if (r.isRetracted()) {
                    skipped.add(r.id() + " is retracted (" + r.retracted() + ")" + (r.isOverride()
                            ? "; to drop built-in event " + r.overrides() + " from data/, delete its line" : ""));
                    continue;
                }
                events.add(new Event(id, e.when(), e.type(), e.localityId() == null ? null : ids.getOrDefault(e.localityId(), e.localityId()),
                        e.point(), e.actors(), e.title(), e.summary(), e.fatalities(), e.confidence(), cite(e.citations(), ids)));
            }
        }
        Dataset out = new Dataset(List.of(), localities, sources, changes, events);
        Path staging = Files.createTempDirectory("sitmap-export");
        try {
            new DatasetWriter().write(out, staging);
            ReadResult read = new DatasetReader().read(DataFiles.fromDirectory(staging));
            List<DataProblem> problems = DatasetOverlay.validate(builtin, read);
            if (!problems.isEmpty()) return new Export(new Dataset(List.of(), List.of(), List.of(), List.of(), List.of()), skipped, problems);
            new DatasetWriter().write(out, dir);
            return new Export(out, skipped, List.of());
        } finally {
            for (String name : DataFiles.NAMES) Files.deleteIfExists(staging.resolve(name));
            Files.deleteIfExists(staging);
        }
    }

    private static String join(String note, String more) {
        return note.isEmpty() ? more : note + " " + more;
    }

    private static List<Citation> cite(List<Citation> cs, Map<String, String> ids) {
        return cs.stream().map(c -> new Citation(ids.getOrDefault(c.sourceId(), c.sourceId()), c.excerpt())).toList();
    }

    /**
     * Imports a folder in the format of {@code data/} into the user's part as one edit: a row whose id is a
     * built-in row's becomes a correction of it, every other row a new user row ({@code u.} id), with references
     * remapped. The caller validated the folder on top of the built-in data.
     *
     * @return the user ids created, by incoming id
     */
    public static Map<String, String> importInto(EditService edits, Dataset incoming, Dataset builtin) throws StoreException {
        Map<RowKind, Long> next = new HashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        order.addAll(incoming.localities());
        order.addAll(incoming.sources());
        order.addAll(incoming.changes());
        order.addAll(incoming.events());
        Map<String, String> overrides = new HashMap<>();
        for (Object v : order) {
            RowKind kind = RowKind.of(v);
            String id = idOf(v);
            Long n = next.get(kind);
            if (n == null) n = kind.sequenceOf(edits.store().nextUserId(kind));
            next.put(kind, n + 1);
            String userId = kind.userId(n);
            ids.put(kind + "#" + id, userId);
            if (isBuiltin(builtin, kind, id)) overrides.put(userId, id);
        }
        List<RowWrite> writes = new ArrayList<>();
        for (Object v : order) {
            RowKind kind = RowKind.of(v);
            String userId = ids.get(kind + "#" + idOf(v));
            String over = overrides.getOrDefault(userId, "");
            Object value = switch (kind) {
                case LOCALITY -> {
                    Locality l = (Locality) v;
                    yield new Locality(userId, l.nameEn(), l.nameAr(), l.kind(), l.governorate(), l.point(), l.coordSource(),
                            l.coordRef(), l.coordErrorKm(), l.geonamesId(), l.population());
                }
                case SOURCE -> {
                    Source s = (Source) v;
                    yield new Source(userId, s.outlet(), s.title(), s.published(), s.url(), s.language(), s.seenOn());
                }
                case CHANGE -> {
                    ControlChange c = (ControlChange) v;
                    yield new ControlChange(userId, ref(ids, RowKind.LOCALITY, c.localityId(), overrides), c.when(), c.from(),
                            c.to(), c.kind(), c.confidence(), c.used(), c.note(), refs(ids, c.citations(), overrides));
                }
                case EVENT -> {
                    Event e = (Event) v;
                    yield new Event(userId, e.when(), e.type(), e.localityId() == null ? null : ref(ids, RowKind.LOCALITY, e.localityId(), overrides),
                            e.point(), e.actors(), e.title(), e.summary(), e.fatalities(), e.confidence(), refs(ids, e.citations(), overrides));
                }
            };
            writes.add(new RowWrite(userId, null, new UserRow(value, over, "")));
        }
        if (!writes.isEmpty()) edits.importRows(writes);
        Map<String, String> out = new LinkedHashMap<>();
        ids.forEach((k, v) -> out.put(k.substring(k.indexOf('#') + 1), v));
        return out;
    }

    /** The id to refer to: a correction of a built-in locality or source is referred to by the built-in id. */
    private static String ref(Map<String, String> ids, RowKind kind, String id, Map<String, String> overrides) {
        String userId = ids.get(kind + "#" + id);
        if (userId == null) return id;
        return overrides.getOrDefault(userId, userId);
    }

    private static List<Citation> refs(Map<String, String> ids, List<Citation> cs, Map<String, String> overrides) {
        return cs.stream().map(c -> new Citation(ref(ids, RowKind.SOURCE, c.sourceId(), overrides), c.excerpt())).toList();
    }

    private static boolean isBuiltin(Dataset builtin, RowKind kind, String id) {
        return switch (kind) {
            case LOCALITY -> builtin.locality(id).isPresent();
            case SOURCE -> builtin.source(id).isPresent();
            case CHANGE -> builtin.changes().stream().anyMatch(c -> c.id().equals(id));
            case EVENT -> builtin.events().stream().anyMatch(e -> e.id().equals(id));
        };
    }

    private static String idOf(Object v) {
        if (v instanceof Locality l) return l.id();
        if (v instanceof Source s) return s.id();
        if (v instanceof ControlChange c) return c.id();
        return ((Event) v).id();
    }

    static boolean isStatusQuo(ControlChange c) {
        return c.kind() == ChangeKind.STATUS_QUO;
    }

    static EditAction action() {
        return EditAction.ADD;
    }
}
