package org.sitmap.domain;

/** How one faction gave way to another. */
public enum SuccessionKind {
    /** The faction's rule collapsed; the successor took over the places it still held. */
    COLLAPSE,
    /** The faction was dissolved into (folded into) the successor, with its ground. */
    MERGED,
    /** An agreement on the faction's future with the successor; it keeps holding its ground meanwhile. */
    AGREEMENT;

    /** Whether the places the faction held pass to the successor at the succession's instant. */
    public boolean transfersHoldings() {
        return this != AGREEMENT;
    }
}
