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
     * unbroken run of changes leaving the same holder.
     */
    public Optional<Instant> holderSince(String localityId, Instant at) {
        Optional<ControlState> now = stateAt(localityId, at);
        if (now.isEmpty()) return Optional.empty();
        Instant since = now.get().cause().when().instant();
        List<ControlChange> h = history(localityId);
        for (int i = h.size() - 1; i >= 0; i--) {
            ControlChange c = h.get(i);
            if (c.when().instant().isAfter(at)) continue;
            if (!c.resultingState().holder().equals(now.get().holder())) break;
            since = c.when().instant();
        }
        return Optional.of(since);
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
