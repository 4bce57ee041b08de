package org.sitmap.geo;

/** What a zone says about control. */
public enum ZoneStatus {
    /** Held by one faction. */
    HELD,
    /** Fighting reported inside: a holder and an attacker. */
    CONTESTED,
    /** Too far from any sourced locality to say: we do not extrapolate control into empty land. */
    NO_DATA
}
