package org.sitmap.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The used control changes of a dataset, per locality, in time order: answers "who held X at instant T".
 *
 * <p>Holdings pass through faction {@link Succession}s that transfer them: a place HTS held when HTS was folded into
 * the transitional government's army is, from that instant, held by {@code SGOV}, without a row of its own. The
 * instant of such a succession is a change instant like any other. Immutable and thread-safe.
 */
public final class ControlTimeline {
    /** One locality's used changes in time order, with their instants (computed once: a date's instant is not free). */
    private record History(List<ControlChange> changes, Instant[] instants) {
        /** The index of the last change at or before {@code at}, or -1. */
        int lastAtOrBefore(Instant at) {
            int lo = 0, hi = instants.length - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (instants[mid].isAfter(at)) hi = mid - 1;
                else {
                    found = mid;
                    lo = mid + 1;
                }
            }
            return found;
        }
    }

    private static final History NO_HISTORY = new History(List.of(), new Instant[0]);

    private final Map<String, History> byLocality = new HashMap<>();
    private final List<Instant> changeInstants;
    private final List<Succession> transfers;
    private final Instant[] transferInstants;

    public ControlTimeline(Dataset dataset) {
        TreeSet<Instant> instants = new TreeSet<>();
        transfers = dataset.successions().stream().filter(Succession::transfersHoldings).toList();
        transfers.forEach(s -> instants.add(s.when().instant()));
        transferInstants = transfers.stream().map(s -> s.when().instant()).toArray(Instant[]::new);
        Map<String, List<ControlChange>> lists = new HashMap<>();
        for (ControlChange c : dataset.changes()) {
            if (!c.used()) continue;
            lists.computeIfAbsent(c.localityId(), k -> new ArrayList<>()).add(c);
            instants.add(c.when().instant());
        }
        lists.forEach((id, list) -> {
            list.sort((a, b) -> a.when().compareTo(b.when()));
            byLocality.put(id, new History(Collections.unmodifiableList(list),
                    list.stream().map(c -> c.when().instant()).toArray(Instant[]::new)));
        });
        changeInstants = List.copyOf(instants);
    }

    /** The state of a locality at an instant, or empty when nothing is known of it by then. */
    public Optional<ControlState> stateAt(String localityId, Instant at) {
        History h = byLocality.getOrDefault(localityId, NO_HISTORY);
        int i = h.lastAtOrBefore(at);
        if (i < 0) return Optional.empty();
        ControlChange last = h.changes().get(i);
        ControlState raw = last.resultingState();
        Instant since = h.instants()[i];
        List<Succession> via = new ArrayList<>();
        String holder = follow(raw.holder(), since, at, via);
        String attacker = raw.contestedBy() == null ? null : follow(raw.contestedBy(), since, at, new ArrayList<>());
        return Optional.of(new ControlState(holder, attacker, last, via));
    }

    /**
     * The faction that stands for {@code faction} at {@code at}, following the successions that transfer holdings
     * from {@code since} (inclusive: a succession at the very instant of a change applies after it) up to {@code at}.
     */
    public String successorAt(String faction, Instant since, Instant at) {
        return follow(faction, since, at, new ArrayList<>());
    }

    /**
     * The instant of the last collapse on {@code faction}'s line of successors between {@code since} and {@code at}
     * (null when none): a government that falls hands its places to another side, so holding starts again there,
     * whereas a faction merged into another keeps its holding's start.
     */
    private Instant lastCollapse(String faction, Instant since, Instant at) {
        List<Succession> via = new ArrayList<>();
        follow(faction, since, at, via);
        Instant last = null;
        for (Succession s : via) if (s.kind() == SuccessionKind.COLLAPSE) last = s.when().instant();
        return last;
    }

    private String follow(String faction, Instant since, Instant at, List<Succession> via) {
        String f = faction;
        for (int i = 0; i < transfers.size(); i++) { // in time order, so chains (A to B, later B to C) resolve in one pass
            Succession s = transfers.get(i);
            Instant t = transferInstants[i];
            if (t.isBefore(since)) continue;
            if (t.isAfter(at)) break;
            if (s.from().equals(f)) {
                f = s.to();
                via.add(s);
            }
        }
        return f;
    }

    /**
     * The successions that turn {@code faction} into another between {@code since} (inclusive) and {@code at}, in
     * time order: empty when none did.
     */
    public List<Succession> successionsBetween(String faction, Instant since, Instant at) {
        List<Succession> via = new ArrayList<>();
        follow(faction, since, at, via);
        return via;
    }

    /** The successions that transfer holdings, in time order. */
    public List<Succession> transfers() {
        return transfers;
    }

    /**
     * The instant since which the locality has had its current holder at {@code at}: the earliest change in the
     * unbroken run of changes leaving the same holder (contested spells included).
     */
    public Optional<Instant> holderSince(String localityId, Instant at) {
        return stateAt(localityId, at).map(now -> runStart(localityId, at, now, false));
    }

    /**
     * The instant since which the locality has been in its current state at {@code at}: for a held state as
     * {@link #holderSince}; for a contested state, the earliest change in the unbroken run leaving the same holder
     * contested by the same attacker.
     */
    public Optional<Instant> stateSince(String localityId, Instant at) {
        return stateAt(localityId, at).map(now -> runStart(localityId, at, now, now.contested()));
    }

    private Instant runStart(String localityId, Instant at, ControlState now, boolean sameAttacker) {
        Instant since = now.cause().when().instant();
        Instant collapse = lastCollapse(now.cause().resultingState().holder(), since, at);
        if (collapse != null) return collapse; // the fallen side's successor holds it from the collapse, not before
        History h = byLocality.getOrDefault(localityId, NO_HISTORY);
        ControlChange later = null;
        Instant laterAt = null;
        for (int i = h.lastAtOrBefore(at); i >= 0; i--) {
            ControlChange c = h.changes().get(i);
            Instant t = h.instants()[i];
            if (later != null && !continues(c, t, later, laterAt, sameAttacker)) break;
            since = t;
            later = c;
            laterAt = t;
        }
        return since;
    }

    /**
     * Whether {@code later} leaves the holder (and attacker) that {@code earlier} left, once the successions between
     * the two are followed. Each step is compared at its own time: two enemies that share a later successor (the
     * Assad government and HTS both lead to the transitional government) are still two holders when one takes a
     * place from the other.
     */
    private boolean continues(ControlChange earlier, Instant t, ControlChange later, Instant tn, boolean sameAttacker) {
        ControlState s = earlier.resultingState(), n = later.resultingState();
        return lastCollapse(s.holder(), t, tn) == null && follow(s.holder(), t, tn, new ArrayList<>()).equals(n.holder()) && (!sameAttacker
                || s.contestedBy() != null && n.contestedBy() != null
                && follow(s.contestedBy(), t, tn, new ArrayList<>()).equals(n.contestedBy()));
    }

    /** Used changes of one locality in time order (empty when none). */
    public List<ControlChange> history(String localityId) {
        return byLocality.getOrDefault(localityId, NO_HISTORY).changes();
    }

    /** Every distinct instant at which some locality's state changes, ascending. */
    public List<Instant> changeInstants() {
        return changeInstants;
    }
}
