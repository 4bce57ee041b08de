package org.sitmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * A sourced change of who holds a locality.
 *
 * <p>Where reports disagree, the dataset holds one change per claim; exactly one is {@code used} by the map and the
 * others keep the alternative date or holder visible.
 *
 * @param id         stable id
 * @param localityId the locality
 * @param when       when it took effect
 * @param from       previous holder's faction id, null for {@link ChangeKind#STATUS_QUO}
 * @param to         new holder (for {@link ChangeKind#CONTESTED}: the attacker)
 * @param kind       how it changed
 * @param confidence how well supported
 * @param used       whether the map uses this claim
 * @param note       why, or what the alternatives say; may be empty
 * @param citations  at least one
 */
public record ControlChange(String id, String localityId, ReportedTime when, String from, String to, ChangeKind kind,
                            Confidence confidence, boolean used, String note, List<Citation> citations) {
    public ControlChange {
        Ids.requireId(id, "control change id");
        Ids.requireId(localityId, "control change", id, "locality");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(kind, "kind");
        if (kind == ChangeKind.STATUS_QUO) {
            if (from != null) throw new IllegalArgumentException("control change " + id + ": status quo has no previous holder");
        } else {
            Ids.requireCode(from, "control change", id, "from");
        }
        Ids.requireCode(to, "control change", id, "to");
        Objects.requireNonNull(confidence, "confidence");
        note = Ids.text(note);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) throw new IllegalArgumentException("control change " + id + " has no source");
    }

    /** The control state this change leaves its locality in. */
    public ControlState resultingState() {
        return kind == ChangeKind.CONTESTED ? new ControlState(from, to, this) : new ControlState(to, null, this);
    }
}
