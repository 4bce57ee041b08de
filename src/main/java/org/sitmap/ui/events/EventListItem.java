package org.sitmap.ui.events;

import java.time.LocalDate;
import org.sitmap.domain.Event;

/** A row of the event list: a day heading or an event. */
public sealed interface EventListItem {
    /** A day heading with the number of listed events that day. */
    record Day(LocalDate date, int count) implements EventListItem {
    }

    /**
     * An event row.
     *
     * @param place   its place name (English, or Arabic when labels are Arabic), or empty
     */
    record Row(Event event, String place) implements EventListItem {
    }
}
