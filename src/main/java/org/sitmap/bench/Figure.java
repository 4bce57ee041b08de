package org.sitmap.bench;

/**
 * One measured figure.
 *
 * @param name    what was measured, e.g. "first zone snapshot"
 * @param dataset which data: "shipped", "scale 100", or "-" when none
 * @param value   the measurement, in {@code unit}
 * @param unit    "ms", "µs", "MB"...
 * @param target  the target it should stay at or under, in the same unit; NaN when there is none
 */
public record Figure(String name, String dataset, double value, String unit, double target) {
    /** Whether the value meets its target (true when there is no target). */
    public boolean met() {
        return Double.isNaN(target) || value <= target;
    }
}
