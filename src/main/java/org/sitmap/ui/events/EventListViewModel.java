package org.sitmap.ui.events;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.ui.common.SearchText;
import org.sitmap.ui.common.SituationViewModel;

/**
 * The event panel's state: filters (actor, type, "up to the slider", search text over titles, places in English and
 * Arabic, and outlets), order, and the resulting list grouped by day. The events are filtered, sorted and turned into
 * rows once per change of filter, data, order or language; a step of the slider only moves the cut, so the list
 * changes by the rows that crossed the instant, live while the slider moves.
 */
public final class EventListViewModel {
    private final SituationViewModel situation;
    private final javafx.beans.value.ObservableBooleanValue arabic;
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty upToSlider = new SimpleBooleanProperty(true);
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final EventItems items = new EventItems();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    /** Events passing the type, actor and search filters, oldest first; null when the filters or data changed. */
    private List<Event> matching;
    /** Their rows in the chosen order and language; null when those or the matching events changed. */
    private EventRows rows;

    public EventListViewModel(SituationViewModel situation) {
        this(situation, new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /** @param arabic whether place names are shown in Arabic (where known) */
    public EventListViewModel(SituationViewModel situation, javafx.beans.value.ObservableBooleanValue arabic) {
        this.situation = situation;
        this.arabic = arabic;
        arabic.addListener(o -> rebuild());
        situation.datasetProperty().addListener(o -> refilter());
        situation.instantProperty().addListener(o -> {
            if (upToSlider.get()) refresh();
        });
        type.addListener(o -> refilter());
        actor.addListener(o -> refilter());
        search.addListener(o -> refilter());
        upToSlider.addListener(o -> refresh());
        newestFirst.addListener(o -> rebuild());
        refresh();
    }

    /** The filters or the data changed: the matching events are found again. */
    private void refilter() {
        matching = null;
        rebuild();
    }

    /** The order, the label language or the matching events changed: the rows are built again. */
    private void rebuild() {
        rows = null;
        refresh();
    }

    private void refresh() {
        Dataset d = situation.datasetProperty().get();
        if (d == null) {
            items.show(EventRows.View.EMPTY);
            count.set(0);
            return;
        }
        if (matching == null) {
            // Filtered and sorted once per change of filter or data, not at every step of the timeline.
            String[] words = fold(search.get()).split("\\s+");
            matching = d.events().stream()
                    .filter(e -> type.get() == null || e.type() == type.get())
                    .filter(e -> actor.get() == null || e.actors().contains(actor.get()))
                    .filter(e -> matches(d, e, words))
                    .sorted(Comparator.comparing(Event::when)).toList();
        }
        if (rows == null) {
            boolean ar = arabic.get();
            rows = new EventRows(matching, e -> placeOf(d, e, ar), newestFirst.get());
        }
        // A step of the slider moves the cut (a binary search); the list then changes by the rows that crossed it.
        int shown = upToSlider.get() ? rows.countUpTo(situation.instantProperty().get()) : rows.size();
        items.show(rows.upTo(shown));
        count.set(shown);
    }

    private static String placeOf(Dataset d, Event e, boolean arabic) {
        return e.localityId() == null ? "" : d.locality(e.localityId()).map(l -> l.displayName(arabic)).orElse("");
    }

    private static boolean matches(Dataset d, Event e, String[] words) {
        if (words.length == 0 || (words.length == 1 && words[0].isEmpty())) return true;
        StringBuilder hay = new StringBuilder(e.title()).append(' ').append(e.summary());
        if (e.localityId() != null) {
            d.locality(e.localityId()).ifPresent(l -> hay.append(' ').append(l.nameEn()).append(' ').append(l.nameAr()));
        }
        e.citations().forEach(c -> d.source(c.sourceId()).ifPresent(s -> hay.append(' ').append(s.outlet())));
        String text = fold(hay.toString());
        for (String w : words) if (!text.contains(w)) return false;
        return true;
    }

    static String fold(String s) {
        return SearchText.fold(s);
    }

    /** Selects an event: the timeline and the map follow. */
    public void select(Event e) {
        situation.selectEvent(e);
    }

    /** Clears every filter and the search. */
    /** Back to the list as it first shows: all types and actors, no search, only events up to the slider's date. */
    public void clearFilters() {
        type.set(null);
        actor.set(null);
        search.set("");
        upToSlider.set(true);
    }

    /** The event type shown, or null for all. */
    public ObjectProperty<EventType> typeFilterProperty() {
        return type;
    }

    /** The actor (faction code) shown, or null for all. */
    public StringProperty actorFilterProperty() {
        return actor;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** True: only events up to the slider's instant; false: the whole period. */
    public BooleanProperty upToSliderProperty() {
        return upToSlider;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    /** Day headings and event rows, in the chosen order; read-only. */
    public ObservableList<EventListItem> items() {
        return items;
    }

    /** The position of the event's row in {@link #items()}, or -1 when it is not listed. */
    public int indexOf(Event e) {
        EventRows.View v = items.view();
        int i = v.rows == null ? -1 : v.rows.indexOf(v, e.id());
        return i >= 0 && i < items.size() && items.get(i) instanceof EventListItem.Row r && r.event().id().equals(e.id()) ? i : -1;
    }

    /** Number of events listed. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
