package org.sitmap.ui.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.ui.common.SearchText;
import org.sitmap.ui.common.SituationViewModel;

/**
 * The event panel's state: filters (actor, type, "up to the slider", search text over titles, places in English and
 * Arabic, and outlets), order, and the resulting list grouped by day. Filtering a few hundred events is cheap, so it
 * runs on every change, live while the slider moves.
 */
public final class EventListViewModel {
    private final SituationViewModel situation;
    private final javafx.beans.value.ObservableBooleanValue arabic;
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty upToSlider = new SimpleBooleanProperty(true);
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final ObservableList<EventListItem> items = FXCollections.observableArrayList();
    private final ObservableList<EventListItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    /** Events passing the type, actor and search filters, oldest first; null when the filters or data changed. */
    private List<Event> matching;
    private Instant[] matchingAt;

    public EventListViewModel(SituationViewModel situation) {
        this(situation, new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /** @param arabic whether place names are shown in Arabic (where known) */
    public EventListViewModel(SituationViewModel situation, javafx.beans.value.ObservableBooleanValue arabic) {
        this.situation = situation;
        this.arabic = arabic;
        arabic.addListener(o -> refresh());
        situation.datasetProperty().addListener(o -> refilter());
        situation.instantProperty().addListener(o -> {
            if (upToSlider.get()) refresh();
        });
        type.addListener(o -> refilter());
        actor.addListener(o -> refilter());
        search.addListener(o -> refilter());
        upToSlider.addListener(o -> refresh());
        newestFirst.addListener(o -> refresh());
        refresh();
    }

    /** The filters or the data changed: the matching events are found again. */
    private void refilter() {
        matching = null;
        refresh();
    }

    private void refresh() {
        Dataset d = situation.datasetProperty().get();
        if (d == null) {
            items.clear();
            count.set(0);
            return;
        }
        if (matching == null) {
            // Filtered and sorted once per change of filter or data, not at every step of the timeline: a step only
            // moves the cut (a binary search), where filtering and sorting every event took most of its time.
            String[] words = fold(search.get()).split("\\s+");
            matching = d.events().stream()
                    .filter(e -> type.get() == null || e.type() == type.get())
                    .filter(e -> actor.get() == null || e.actors().contains(actor.get()))
                    .filter(e -> matches(d, e, words))
                    .sorted(Comparator.comparing(Event::when)).toList();
            matchingAt = matching.stream().map(e -> e.when().instant()).toArray(Instant[]::new);
        }
        List<Event> shown = upToSlider.get() ? matching.subList(0, upTo(situation.instantProperty().get())) : matching;
        // A stable sort keeps events of the same moment in dataset order, as before; on sorted input it is linear.
        if (newestFirst.get()) shown = shown.stream().sorted(Comparator.comparing(Event::when).reversed()).toList();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        shown.forEach(e -> perDay.merge(e.when().date(), 1, Integer::sum));
        List<EventListItem> out = new ArrayList<>();
        LocalDate day = null;
        for (Event e : shown) {
            if (!e.when().date().equals(day)) {
                day = e.when().date();
                out.add(new EventListItem.Day(day, perDay.get(day)));
            }
            out.add(new EventListItem.Row(e, placeOf(d, e, arabic.get())));
        }
        // While playing this runs every frame; leave the list alone unless its content changed.
        if (!out.equals(items)) items.setAll(out);
        count.set(shown.size());
    }

    /** How many matching events happened at or before {@code now}. */
    private int upTo(Instant now) {
        int i = java.util.Arrays.binarySearch(matchingAt, now);
        if (i < 0) return -i - 1;
        while (i < matchingAt.length && !matchingAt[i].isAfter(now)) i++;  // past every event at exactly now
        return i;
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

    /** Day headings and event rows, in the chosen order. */
    public ObservableList<EventListItem> items() {
        return itemsView;
    }

    /** Number of events listed. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
