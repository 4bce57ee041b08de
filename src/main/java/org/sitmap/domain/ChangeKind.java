package org.sitmap.domain;

/** How control of a locality changed. */
public enum ChangeKind {
    /** The holder on the dataset's first day; has no previous holder. */
    STATUS_QUO,
    CAPTURED,
    /** Asserted by one side, not confirmed. */
    CLAIMED,
    /** Fighting inside: {@code from} still holds, {@code to} attacks. */
    CONTESTED,
    /** The holder left and {@code to} moved in. */
    WITHDRAWN,
    /** Negotiated transfer. */
    HANDED_OVER
}
