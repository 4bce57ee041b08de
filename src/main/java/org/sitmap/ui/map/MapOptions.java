package org.sitmap.ui.map;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the user chose to see on the map: place names in English or Arabic, which layers show, and how far back event
 * markers reach. A view model: the map, the event list and the menus bind to it; the window saves it. FX thread only.
 */
public final class MapOptions {
    /** The event windows offered, shortest first. */
    public static final List<Duration> EVENT_WINDOWS = List.of(Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7));
    private final BooleanProperty arabicLabels = new SimpleBooleanProperty(false);
    private final BooleanProperty showEvents = new SimpleBooleanProperty(true);
    private final BooleanProperty showLocalities = new SimpleBooleanProperty(true);
    private final ObjectProperty<Duration> eventWindow = new SimpleObjectProperty<>(EVENT_WINDOWS.get(0));

    /** Place names in Arabic where known (else English). */
    public BooleanProperty arabicLabelsProperty() {
        return arabicLabels;
    }

    public BooleanProperty showEventsProperty() {
        return showEvents;
    }

    public BooleanProperty showLocalitiesProperty() {
        return showLocalities;
    }

    /** How far back event markers reach from the current instant; one of {@link #EVENT_WINDOWS}. */
    public ObjectProperty<Duration> eventWindowProperty() {
        return eventWindow;
    }

    /** Sets the event window to the offered one nearest {@code d}. */
    public void setEventWindow(Duration d) {
        eventWindow.set(EVENT_WINDOWS.stream().min(java.util.Comparator.comparingLong(w -> Math.abs(w.minus(d).toMinutes())))
                .orElseThrow());
    }
}
