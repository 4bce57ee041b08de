package org.sitmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * A sourced event: a capture, a strike, a statement...
 *
 * @param id         stable id
 * @param when       when it happened
 * @param type       kind of event
 * @param localityId the place, or null
 * @param point      coordinates when not at a locality, or null (statements may have neither)
 * @param actors     faction or actor codes involved
 * @param title      short title in our words
 * @param summary    summary in our words
 * @param fatalities reported deaths for this event, or null when not given
 * @param confidence how well supported
 * @param citations  at least one
 */
public record Event(String id, ReportedTime when, EventType type, String localityId, GeoPoint point,
                    List<String> actors, String title, String summary, Integer fatalities, Confidence confidence,
                    List<Citation> citations) {
    public Event {
        Ids.requireId(id, "event id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(type, "type");
        if (localityId != null) Ids.requireId(localityId, "event", id, "locality");
        actors = List.copyOf(actors);
        for (String a : actors) Ids.requireCode(a, "event", id, "actor");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("event " + id + ": empty title");
        summary = Ids.text(summary);
        if (fatalities != null && fatalities < 0) throw new IllegalArgumentException("event " + id + ": negative fatalities");
        Objects.requireNonNull(confidence, "confidence");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) throw new IllegalArgumentException("event " + id + " has no source");
    }
}
