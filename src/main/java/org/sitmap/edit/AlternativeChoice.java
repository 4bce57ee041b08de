package org.sitmap.edit;

/** What the map does when a new change disagrees with a stored one for the same place (an alternative claim). */
public enum AlternativeChoice {
    /** Both stand: they are different changes, not disagreeing reports. */
    BOTH,
    /** The map uses the new claim; the stored one stays visible as an alternative. */
    USE_NEW,
    /** The map keeps the stored claim; the new one is kept as an alternative. */
    KEEP_STORED
}
