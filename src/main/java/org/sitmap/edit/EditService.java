package org.sitmap.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.EditAction;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.Event;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.RowKind;
import org.sitmap.domain.RowWrite;
import org.sitmap.domain.Source;
import org.sitmap.domain.UserRow;
import org.sitmap.store.SituationStore;
import org.sitmap.store.StoreException;

/**
 * The user's edits of the situation: adds, new versions, retractions, corrections of built-in rows, restores from
 * the history, and the session's undo and redo. Every operation checks the {@link EditRules} against the stored
 * situation, then writes one transaction through {@link SituationStore#applyEdit}; nothing is ever deleted from the
 * history. Not thread-safe: use it from one background thread at a time (the task runner's).
 */
public final class EditService {
    private final SituationStore store;
    private final Supplier<String> author;
    private final Clock clock;
    private final Deque<List<RowWrite>> undo = new ArrayDeque<>();
    private final Deque<List<RowWrite>> redo = new ArrayDeque<>();

    /** Fresh user ids for one edit: the store's next id per kind, counted on as the edit takes them. */
    private final class NewIds {
        private final java.util.EnumMap<RowKind, Long> next = new java.util.EnumMap<>(RowKind.class);

        String next(RowKind kind) throws StoreException {
            Long n = next.get(kind);
            if (n == null) n = kind.sequenceOf(store.nextUserId(kind));
            next.put(kind, n + 1);
            return kind.userId(n);
        }
    }

    /**
     * @param author the author name from the settings, asked at each edit
     * @param clock  gives "today" in Syria and the time stamps of the history
     */
    public EditService(SituationStore store, Supplier<String> author, Clock clock) {
        this.store = store;
        this.author = author;
        this.clock = clock;
    }

    /** The rules against the situation as stored now. */
    public EditRules rules() throws StoreException {
        return new EditRules(store.load(), LocalDate.now(clock.withZone(ReportedTime.SYRIA)));
    }

    public SituationStore store() {
        return store;
    }

    // ---- control changes ----------------------------------------------------------------------------------------

    /**
     * Adds a control change (and the new sources it cites) as one edit. When the draft disagrees with stored
     * claims, {@code choice} says which one the map uses; the other is kept as an unused alternative (a built-in
     * one through a correction, never changed in place).
     *
     * @return the id of the new change
     */
    public String addChange(ChangeDraft draft, AlternativeChoice choice) throws EditRejectedException, StoreException {
        EditRules rules = rules();
        reject(rules.checkChange(draft));
        List<RowWrite> writes = new ArrayList<>();
        NewIds ids = new NewIds();
        List<Citation> citations = citations(draft.citations(), writes, ids);
        String id = ids.next(RowKind.CHANGE);
        boolean used = choice != AlternativeChoice.KEEP_STORED || rules.alternativesTo(draft, null).isEmpty();
        writes.add(new RowWrite(id, null, UserRow.added(change(id, draft, rules, used, citations))));
        if (choice == AlternativeChoice.USE_NEW) {
            for (ControlChange other : rules.alternativesTo(draft, null)) writes.add(unused(other, id, ids));
        }
        apply(EditAction.ADD, writes);
        return id;
    }

    /** A new version of a user change (the old one stays in the history). */
    public void editChange(String userId, ChangeDraft draft) throws EditRejectedException, StoreException {
        UserRow current = userRow(userId).orElseThrow(() -> new EditRejectedException("no change of yours has the id " + userId));
        EditRules rules = rules();
        reject(rules.checkChange(draft));
        List<RowWrite> writes = new ArrayList<>();
        List<Citation> citations = citations(draft.citations(), writes, new NewIds());
        ControlChange old = current.as(ControlChange.class);
        writes.add(new RowWrite(userId, current, current.withValue(change(userId, draft, rules, old.used(), citations))));
        apply(EditAction.EDIT, writes);
    }

    /**
     * "Correct this": the user's own version of a built-in change, which replaces it on the map. Correcting it
     * again makes a new version of the same correction.
     *
     * @return the id of the correction
     */
    public String correctChange(String builtinId, ChangeDraft draft) throws EditRejectedException, StoreException {
        EditRules rules = rules();
        Optional<UserRow> existing = overrideOf(builtinId);
        if (existing.isEmpty() && rules.dataset().changes().stream().noneMatch(c -> c.id().equals(builtinId))) {
            throw new EditRejectedException("there is no built-in control change " + builtinId);
        }
        reject(rules.checkChange(draft));
        List<RowWrite> writes = new ArrayList<>();
        NewIds ids = new NewIds();
        List<Citation> citations = citations(draft.citations(), writes, ids);
        if (existing.isPresent()) {
            UserRow cur = existing.get();
            writes.add(new RowWrite(cur.id(), cur, cur.withValue(change(cur.id(), draft, rules, cur.as(ControlChange.class).used(), citations))));
        } else {
            ControlChange builtin = rules.dataset().changes().stream().filter(c -> c.id().equals(builtinId)).findFirst().orElseThrow();
            String id = ids.next(RowKind.CHANGE);
            writes.add(new RowWrite(id, null, new UserRow(change(id, draft, rules, builtin.used(), citations), builtinId, "")));
        }
        apply(EditAction.CORRECT, writes);
        return writes.get(writes.size() - 1).rowId();
    }

    private ControlChange change(String id, ChangeDraft d, EditRules rules, boolean used, List<Citation> citations) {
        ReportedTime when = new ReportedTime(d.date(), d.time(), d.precision());
        return new ControlChange(id, d.localityId(), when, rules.resolvedFrom(d), d.to(), d.kind(), d.confidence(), used,
                d.note(), citations);
    }

    /** The write that keeps {@code other} as an unused alternative of {@code newId}. */
    private RowWrite unused(ControlChange other, String newId, NewIds ids) throws StoreException {
        String note = (other.note().isEmpty() ? "" : other.note() + " ") + "Alternative claim: the map uses " + newId + ".";
        ControlChange alt = new ControlChange(other.id(), other.localityId(), other.when(), other.from(), other.to(),
                other.kind(), other.confidence(), false, note, other.citations());
        Optional<UserRow> own = userRow(other.id());
        if (own.isPresent()) return new RowWrite(other.id(), own.get(), own.get().withValue(alt));
        String id = ids.next(RowKind.CHANGE);
        return new RowWrite(id, null, new UserRow(withId(alt, id), other.id(), ""));
    }

    // ---- events and localities ----------------------------------------------------------------------------------

    /** Adds an event and the new sources it cites, as one edit; returns its id. */
    public String addEvent(EventDraft draft) throws EditRejectedException, StoreException {
        EditRules rules = rules();
        reject(rules.checkEvent(draft));
        List<RowWrite> writes = new ArrayList<>();
        NewIds ids = new NewIds();
        List<Citation> citations = citations(draft.citations(), writes, ids);
        String id = ids.next(RowKind.EVENT);
        writes.add(new RowWrite(id, null, UserRow.added(event(id, draft, citations))));
        apply(EditAction.ADD, writes);
        return id;
    }

    /** A new version of an event: the user's own is edited, a built-in one gets a correction. Returns the row id. */
    public String editEvent(String id, EventDraft draft) throws EditRejectedException, StoreException {
        EditRules rules = rules();
        reject(rules.checkEvent(draft));
        List<RowWrite> writes = new ArrayList<>();
        NewIds ids = new NewIds();
        List<Citation> citations = citations(draft.citations(), writes, ids);
        Optional<UserRow> own = RowKind.isUserId(id) ? userRow(id) : overrideOf(id);
        if (own.isPresent()) {
            writes.add(new RowWrite(own.get().id(), own.get(), own.get().withValue(event(own.get().id(), draft, citations))));
            apply(EditAction.EDIT, writes);
            return own.get().id();
        }
        if (RowKind.isUserId(id) || rules.dataset().events().stream().noneMatch(e -> e.id().equals(id))) {
            throw new EditRejectedException("there is no event " + id);
        }
        String newId = ids.next(RowKind.EVENT);
        writes.add(new RowWrite(newId, null, new UserRow(event(newId, draft, citations), id, "")));
        apply(EditAction.CORRECT, writes);
        return newId;
    }

    private static Event event(String id, EventDraft d, List<Citation> citations) {
        return new Event(id, new ReportedTime(d.date(), d.time(), d.precision()), d.type(), d.localityId(),
                d.localityId() == null ? d.point() : null, d.actors(), d.title(), d.summary(), d.fatalities(),
                d.confidence(), citations);
    }

    /** Adds a locality; returns its id. */
    public String addLocality(LocalityDraft draft) throws EditRejectedException, StoreException {
        reject(rules().checkLocality(draft));
        String id = store.nextUserId(RowKind.LOCALITY);
        apply(EditAction.ADD, List.of(new RowWrite(id, null, UserRow.added(locality(id, draft)))));
        return id;
    }

    private static Locality locality(String id, LocalityDraft d) {
        String ref = switch (d.coordSource()) {
            case GEONAMES -> d.coordRef().isEmpty() ? String.valueOf(d.geonamesId()) : d.coordRef();
            default -> d.coordRef();
        };
        return new Locality(id, d.nameEn(), d.nameAr(), d.kind(), d.governorate(), d.point(), d.coordSource(), ref,
                d.coordSource() == org.sitmap.domain.CoordinateSource.GEONAMES ? 0 : d.coordErrorKm(), d.geonamesId(),
                d.population());
    }

    // ---- retract, revert, restore -------------------------------------------------------------------------------

    /**
     * Hides a change or event from the map, with a reason. A built-in row is hidden through a correction that is a
     * retracted copy of it; {@link #unretract} or undo bring it back.
     *
     * @return the id of the user row that carries the retraction
     */
    public String retract(String id, String reason) throws EditRejectedException, StoreException {
        if (reason == null || reason.isBlank()) throw new EditRejectedException(List.of(EditProblem.of(EditProblem.Field.REASON, "say why you retract it")));
        Optional<UserRow> own = RowKind.isUserId(id) ? userRow(id) : overrideOf(id);
        if (own.isPresent()) {
            UserRow cur = own.get();
            if (!cur.kind().retractable()) throw new EditRejectedException(cur.kind().name().toLowerCase() + "s cannot be retracted");
            apply(EditAction.RETRACT, List.of(new RowWrite(cur.id(), cur, cur.withRetracted(reason))));
            return cur.id();
        }
        Dataset d = store.load();
        Object builtin = d.changes().stream().filter(c -> c.id().equals(id)).findFirst().map(Object.class::cast)
                .or(() -> d.events().stream().filter(e -> e.id().equals(id)).findFirst().map(Object.class::cast))
                .orElseThrow(() -> new EditRejectedException("there is no change or event " + id + " on the map"));
        RowKind kind = RowKind.of(builtin);
        String newId = store.nextUserId(kind);
        Object copy = builtin instanceof ControlChange c ? withId(c, newId) : withId((Event) builtin, newId);
        apply(EditAction.RETRACT, List.of(new RowWrite(newId, null, new UserRow(copy, id, reason))));
        return newId;
    }

    /** Shows a retracted row again. */
    public void unretract(String userId) throws EditRejectedException, StoreException {
        UserRow cur = userRow(userId).filter(UserRow::isRetracted)
                .orElseThrow(() -> new EditRejectedException(userId + " is not retracted"));
        apply(EditAction.UNRETRACT, List.of(new RowWrite(userId, cur, cur.withRetracted(""))));
    }

    /** Removes the user's correction {@code userId} (its versions stay in the history): the built-in row shows again. */
    public void revert(String userId) throws EditRejectedException, StoreException {
        UserRow cur = userRow(userId).filter(UserRow::isOverride)
                .orElseThrow(() -> new EditRejectedException(userId + " is not a correction of a built-in row"));
        apply(EditAction.REVERT, List.of(new RowWrite(userId, cur, null)));
    }

    /**
     * Brings back the version of a row that a history entry recorded: its {@code after} side, or its {@code before}
     * side when {@code before} is true (a version that was absent removes the row).
     */
    public void restoreVersion(EditRecord entry, boolean before) throws EditRejectedException, StoreException {
        String id = entry.write().rowId();
        UserRow target = before ? entry.write().before() : entry.write().after();
        UserRow cur = userRow(id).orElse(null);
        if (java.util.Objects.equals(cur, target)) throw new EditRejectedException("that version of " + id + " is the current one");
        apply(EditAction.RESTORE_VERSION, List.of(new RowWrite(id, cur, target)));
    }

    /** Rows an import brings (already validated by the caller), written as one edit that undo takes back whole. */
    public void importRows(List<RowWrite> writes) throws StoreException {
        apply(EditAction.ADD, writes);
    }

    // ---- undo and redo ------------------------------------------------------------------------------------------

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Takes back this session's last edit (recorded in the history as an undo). */
    public void undo() throws EditRejectedException, StoreException {
        if (undo.isEmpty()) throw new EditRejectedException("nothing to undo");
        List<RowWrite> last = undo.peek();
        List<RowWrite> inverse = new ArrayList<>();
        for (int i = last.size() - 1; i >= 0; i--) inverse.add(last.get(i).inverse());
        store.applyEdit(EditAction.UNDO, author.get(), clock.instant(), inverse);
        redo.push(undo.pop());
    }

    /** Does again the last undone edit. */
    public void redo() throws EditRejectedException, StoreException {
        if (redo.isEmpty()) throw new EditRejectedException("nothing to redo");
        store.applyEdit(EditAction.REDO, author.get(), clock.instant(), redo.peek());
        undo.push(redo.pop());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void apply(EditAction action, List<RowWrite> writes) throws StoreException {
        store.applyEdit(action, author.get(), clock.instant(), writes);
        undo.push(List.copyOf(writes));
        redo.clear();
    }

    /** Citations of the draft; a new source becomes a write of its own, a source already written is reused. */
    private List<Citation> citations(List<CitationDraft> drafts, List<RowWrite> writes, NewIds ids) throws StoreException {
        List<Citation> out = new ArrayList<>();
        for (CitationDraft c : drafts) {
            if (c.citesExistingSource()) {
                out.add(new Citation(c.sourceId(), c.excerpt()));
                continue;
            }
            String reused = null;
            for (RowWrite w : writes) {
                if (w.after() != null && w.after().value() instanceof Source s && s.url().equals(c.url())) reused = s.id();
            }
            if (reused == null) {
                reused = ids.next(RowKind.SOURCE);
                writes.add(new RowWrite(reused, null, UserRow.added(new Source(reused, c.outlet(), c.title(), c.published(),
                        c.url(), c.language(), ""))));
            }
            out.add(new Citation(reused, c.excerpt()));
        }
        return out;
    }

    public Optional<UserRow> userRow(String id) throws StoreException {
        return store.userRows().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The user's correction of the built-in row {@code builtinId}, if any. */
    public Optional<UserRow> overrideOf(String builtinId) throws StoreException {
        return store.userRows().stream().filter(r -> r.overrides().equals(builtinId)).findFirst();
    }

    private static void reject(List<EditProblem> problems) throws EditRejectedException {
        if (!problems.isEmpty()) throw new EditRejectedException(problems);
    }

    static ControlChange withId(ControlChange c, String id) {
        return new ControlChange(id, c.localityId(), c.when(), c.from(), c.to(), c.kind(), c.confidence(), c.used(), c.note(),
                c.citations());
    }

    static Event withId(Event e, String id) {
        return new Event(id, e.when(), e.type(), e.localityId(), e.point(), e.actors(), e.title(), e.summary(),
                e.fatalities(), e.confidence(), e.citations());
    }
}
