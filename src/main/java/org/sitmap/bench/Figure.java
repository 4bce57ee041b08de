package org.sitmap.bench;

/**
 * One measured figure.
 *
 * @param name    what was measured, e.g. "first zone snapshot"
 * @param dataset which data: "shipped", "scale 100", or "-" when none
 * @param value   the measurement, in {@code unit}
 * @param unit    "ms", "µs", "MB"...
 * @param target  the bound it should stay within, in the same unit; NaN when there is none
 * @param atLeast true when the value should reach the target (a rate), false when it should stay at or under it
 */
public record Figure(String name, String dataset, double value, String unit, double target, boolean atLeast) {
    /** A figure that should stay at or under {@code target} (a time, a size). */
    public Figure(String name, String dataset, double value, String unit, double target) {
        this(name, dataset, value, unit, target, false);
    }

    /** Whether the value meets its target (true when there is no target). */
    public boolean met() {
        return Double.isNaN(target) || (atLeast ? value >= target : value <= target);
    }
}
