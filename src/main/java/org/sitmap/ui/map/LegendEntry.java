package org.sitmap.ui.map;

/**
 * One line of the legend: a ground-holding faction's area at the current instant.
 *
 * @param factionId faction code
 * @param name      English name
 * @param areaKm2   held area in km² (contested zones count for their holder)
 * @param changeKm2 change of {@code areaKm2} since the same time the day before; NaN on the dataset's first day
 */
public record LegendEntry(String factionId, String name, double areaKm2, double changeKm2) {
}
