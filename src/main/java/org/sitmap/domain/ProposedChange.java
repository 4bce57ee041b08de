package org.sitmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * A control change that an import (ACLED's territorial events) or a user's draft suggests, waiting for review. It is
 * never on the map until accepted; accepting it creates a user {@link ControlChange}.
 *
 * @param id         stable id in the user namespace, e.g. {@code u.acled.SYR12345}
 * @param localityId the locality it concerns, or null when no known locality lies near {@code point}
 * @param placeName  the place as the proposer names it (e.g. ACLED's {@code location})
 * @param point      where the proposer places it, or null when it names a locality only
 * @param when       when control changed
 * @param from       the previous holder when the proposer names one, else null (taken from the map on acceptance)
 * @param to         the new holder (for {@link ChangeKind#CONTESTED}: the attacker)
 * @param kind       how control changed; never {@link ChangeKind#STATUS_QUO}
 * @param note       what the proposer says, e.g. ACLED's notes; may be empty
 * @param proposedBy who proposes it, e.g. {@code ACLED import of acled.csv}
 * @param citations  at least one
 * @param status     review state
 * @param reason     why it was rejected; empty unless {@link ProposalStatus#REJECTED}
 * @param changeId   the control change made on acceptance, null unless {@link ProposalStatus#ACCEPTED}
 */
public record ProposedChange(String id, String localityId, String placeName, GeoPoint point, ReportedTime when,
                             String from, String to, ChangeKind kind, String note, String proposedBy,
                             List<Citation> citations, ProposalStatus status, String reason, String changeId) {
    public ProposedChange {
        Ids.requireId(id, "proposed change id");
        if (localityId != null) Ids.requireId(localityId, "proposed change", id, "locality");
        if (localityId == null && point == null) {
            throw new IllegalArgumentException("proposed change " + id + " has neither a locality nor coordinates");
        }
        placeName = Ids.text(placeName);
        Objects.requireNonNull(when, "when");
        if (from != null) Ids.requireCode(from, "proposed change", id, "from");
        Ids.requireCode(to, "proposed change", id, "to");
        Objects.requireNonNull(kind, "kind");
        if (kind == ChangeKind.STATUS_QUO) throw new IllegalArgumentException("proposed change " + id + ": a status quo cannot be proposed");
        note = Ids.text(note);
        proposedBy = Ids.text(proposedBy);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) throw new IllegalArgumentException("proposed change " + id + " has no source");
        Objects.requireNonNull(status, "status");
        reason = Ids.text(reason);
        if (status == ProposalStatus.REJECTED && reason.isEmpty()) {
            throw new IllegalArgumentException("proposed change " + id + ": a rejection needs a reason");
        }
        if (status == ProposalStatus.ACCEPTED) Ids.requireId(changeId, "proposed change", id, "accepted change");
        else if (changeId != null) throw new IllegalArgumentException("proposed change " + id + ": only an accepted proposal names a change");
    }

    /** A new, pending proposal. */
    public static ProposedChange pending(String id, String localityId, String placeName, GeoPoint point, ReportedTime when,
                                         String from, String to, ChangeKind kind, String note, String proposedBy,
                                         List<Citation> citations) {
        return new ProposedChange(id, localityId, placeName, point, when, from, to, kind, note, proposedBy, citations,
                ProposalStatus.PENDING, "", null);
    }

    public boolean isPending() {
        return status == ProposalStatus.PENDING;
    }
}
