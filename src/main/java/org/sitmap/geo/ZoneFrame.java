package org.sitmap.geo;

import java.util.List;
import java.util.Map;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlState;

/**
 * A computed snapshot with what it was computed from: the tessellation, the state of each of its localities, the
 * zones by key, and the facts of the zones clicked so far (filled on demand). Thread-safe when {@code facts} is.
 *
 * @param states per locality of the tessellation (same order), its state at the snapshot's instant
 */
record ZoneFrame(ZoneSnapshot snapshot, Tessellation tessellation, List<ControlState> states,
                 Map<ZoneKey, Zone> zones, Map<ZoneKey, ZoneFacts> facts) {

    /** What the details of a point say about its whole zone; computed on the first click into the zone. */
    record ZoneFacts(List<ControlChange> changes, Long population) {
    }

    /** The holder of a face, or null for no data. */
    String holder(int face) {
        int d = tessellation.faces().get(face).decider();
        return d < 0 ? null : states.get(d).holder();
    }
}
