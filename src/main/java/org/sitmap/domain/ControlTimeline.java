package org.sitmap.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The used control changes of a dataset, per locality, in time order: answers "who held X at instant T".
 * Immutable and thread-safe.
 */
public final class ControlTimeline {
    private final Map<String, List<ControlChange>> byLocality = new HashMap<>();
    private final List<Instant> changeInstants;

    public ControlTimeline(Dataset dataset) {
        TreeSet<Instant> instants = new TreeSet<>();
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
        return Optional.ofNullable(last).map(ControlChange::resultingState);
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
        List<ControlChange> h = history(localityId);
        for (int i = h.size() - 1; i >= 0; i--) {
            ControlChange c = h.get(i);
            if (c.when().instant().isAfter(at)) continue;
            ControlState s = c.resultingState();
            boolean same = s.holder().equals(now.holder())
                    && (!sameAttacker || Objects.equals(s.contestedBy(), now.contestedBy()));
            if (!same) break;
            since = c.when().instant();
        }
        return since;
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
