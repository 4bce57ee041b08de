package org.sitmap.edit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Precision;

/**
 * An event as the user fills it in; fields may be missing until {@link EditRules} accept it.
 *
 * @param localityId the place, or null when given by coordinates (or nowhere, for statements)
 * @param point      coordinates when not at a locality, or null
 * @param fatalities reported deaths when a source gives a number, else null
 */
public record EventDraft(LocalDate date, LocalTime time, Precision precision, EventType type, String localityId,
                         GeoPoint point, List<String> actors, String title, String summary, Integer fatalities,
                         Confidence confidence, List<CitationDraft> citations, boolean extendRange) {
    public EventDraft {
        actors = actors == null ? List.of() : List.copyOf(actors);
        citations = citations == null ? List.of() : List.copyOf(citations);
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        if (localityId != null && localityId.isBlank()) localityId = null;
        if (precision == null) precision = time == null ? Precision.DAY : Precision.MINUTE;
        if (type == null) type = EventType.OTHER;
        if (confidence == null) confidence = Confidence.MEDIUM;
    }
}
