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
    private final Map<String, List<ControlChange>> byLocality = new HashMap<>();
    private final List<Instant> changeInstants;
    private final List<Succession> transfers;

    public ControlTimeline(Dataset dataset) {
        TreeSet<Instant> instants = new TreeSet<>();
        transfers = dataset.successions().stream().filter(Succession::transfersHoldings).toList();
        transfers.forEach(s -> instants.add(s.when().instant()));
        for (ControlChange c : dataset.changes()) {
            if (!c.used()) continue;
            byLocality.computeIfAbsent(c.localityId(), k -> new ArrayList<>()).add(c);
            instants.add(c.when().instant());
        }
        byLocality.values().forEach(list -> list.sort((a, b) -> a.when().compareTo(b.when())));
        changeInstants = List.copyOf(instants);
    }

    /** The state of a locality at an instant, or empty when nothing is known of it by then. */
    public Optional<ControlState> stateAt(String localityId, Instant at) {
        ControlChange last = null;
        for (ControlChange c : history(localityId)) {
            if (c.when().instant().isAfter(at)) break;
            last = c;
        }
        if (last == null) return Optional.empty();
        ControlState raw = last.resultingState();
        Instant since = last.when().instant();
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
        for (Succession s : transfers) { // in time order, so chains (A to B, later B to C) resolve in one pass
            Instant t = s.when().instant();
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
        List<ControlChange> h = history(localityId);
        ControlChange later = null;
        for (int i = h.size() - 1; i >= 0; i--) {
            ControlChange c = h.get(i);
            if (c.when().instant().isAfter(at)) continue;
            if (later != null && !continues(c, later, sameAttacker)) break;
            since = c.when().instant();
            later = c;
        }
        return since;
    }

    /**
     * Whether {@code later} leaves the holder (and attacker) that {@code earlier} left, once the successions between
     * the two are followed. Each step is compared at its own time: two enemies that share a later successor (the
     * Assad government and HTS both lead to the transitional government) are still two holders when one takes a
     * place from the other.
     */
    private boolean continues(ControlChange earlier, ControlChange later, boolean sameAttacker) {
        ControlState s = earlier.resultingState(), n = later.resultingState();
        Instant t = earlier.when().instant(), tn = later.when().instant();
        return lastCollapse(s.holder(), t, tn) == null && follow(s.holder(), t, tn, new ArrayList<>()).equals(n.holder()) && (!sameAttacker
                || s.contestedBy() != null && n.contestedBy() != null
                && follow(s.contestedBy(), t, tn, new ArrayList<>()).equals(n.contestedBy()));
    }

    /** Used changes of one locality in time order (empty when none). */
    public List<ControlChange> history(String localityId) {
        return Collections.unmodifiableList(byLocality.getOrDefault(localityId, List.of()));
    }

    /** Every distinct instant at which some locality's state changes, ascending. */
    public List<Instant> changeInstants() {
        return changeInstants;
    }
}
