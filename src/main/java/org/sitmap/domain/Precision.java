package org.sitmap.domain;

/** How exactly a report dates what it describes. */
public enum Precision {
    MINUTE, HOUR, DAY,
    /** The report is vague ("overnight", "in recent days"). */
    APPROX_DAY
}
