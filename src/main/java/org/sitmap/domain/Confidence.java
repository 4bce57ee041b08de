package org.sitmap.domain;

/** How well a fact is supported. */
public enum Confidence {
    /** Two or more independent outlets, or confirmed by the losing side. */
    HIGH,
    /** One credible outlet. */
    MEDIUM,
    /** One party's claim, or disputed. */
    LOW
}
