package org.sitmap.domain;

/** Where a proposed control change stands in review. */
public enum ProposalStatus {
    /** Waiting for the user's decision; not on the map. */
    PENDING,
    /** Accepted: a user control change made from it is on the map. */
    ACCEPTED,
    /** Rejected with a reason; kept so a re-import does not propose it again. */
    REJECTED
}
