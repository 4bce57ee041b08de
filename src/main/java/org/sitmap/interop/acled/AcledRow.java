package org.sitmap.interop.acled;

import java.time.LocalDate;

/**
 * One ACLED row, its fields checked and typed. Text fields are never null (empty when absent).
 *
 * @param line          1-based line of the row in its file
 * @param eventId       {@code event_id_cnty}, e.g. {@code SYR12345}
 * @param date          {@code event_date}
 * @param timePrecision 1 (the day), 2 (the week), 3 (the month); 1 when absent
 * @param geoPrecision  1 (the place), 2 (near it), 3 (the district); 1 when absent
 * @param fatalities    reported fatalities, or null when the field is empty
 */
public record AcledRow(long line, String eventId, LocalDate date, int timePrecision, String eventType,
                       String subEventType, String actor1, String assocActor1, String actor2, String assocActor2,
                       String country, String admin1, String location, double latitude, double longitude,
                       int geoPrecision, String source, String notes, Integer fatalities) {
}
