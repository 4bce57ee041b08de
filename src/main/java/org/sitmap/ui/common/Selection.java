package org.sitmap.ui.common;

import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;

/** What the user picked on the map or in the panel; the map highlights it and the details panel explains it. */
public sealed interface Selection {
    /** Where the selection sits on the map, or null (statements may have no place). */
    GeoPoint position();

    /** A point of the map, clicked to learn who holds it. */
    record Point(GeoPoint position) implements Selection {
    }

    /** A locality, clicked on the map or found with "Go to place". */
    record Place(Locality locality) implements Selection {
        @Override
        public GeoPoint position() {
            return locality.point();
        }
    }

    /** A sourced event, picked in the panel or on the map; {@code position} is null when it has no place. */
    record Incident(Event event, GeoPoint position) implements Selection {
    }
}
