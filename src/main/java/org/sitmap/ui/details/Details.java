package org.sitmap.ui.details;

import java.util.List;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.geo.PointDetails;

/** What the details panel shows: one of a map point, an event or a locality. Immutable. */
public sealed interface Details {
    /**
     * Who holds a clicked point and on whose word.
     *
     * @param details         the engine's answer, or null when the point lies outside the mapped area
     * @param point           the point clicked
     * @param localityHistory the deciding locality's changes, oldest first
     * @param zoneChanges     the changes behind the zone, newest first
     */
    record Point(GeoPoint point, PointDetails details, List<ChangeRow> localityHistory, List<ChangeRow> zoneChanges)
            implements Details {
    }

    /**
     * A sourced event.
     *
     * @param place   its place name, or empty
     * @param sources its cited sources
     */
    record Incident(Event event, String place, List<SourceLink> sources) implements Details {
    }

    /**
     * A locality and its control history.
     *
     * @param state   its state at the current instant, or null when unknown
     * @param history its changes, oldest first
     */
    record Place(Locality locality, ControlState state, List<ChangeRow> history) implements Details {
    }

    /** The question could not be answered; {@code message} says what happened and what to do. */
    record Unavailable(String message) implements Details {
    }
}
