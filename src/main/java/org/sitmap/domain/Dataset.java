package org.sitmap.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole situation picture: factions, localities, sources, control changes and events. Immutable and
 * thread-safe; lookups by id are O(1).
 */
public final class Dataset {
    private final Map<String, Faction> factions;
    private final Map<String, Locality> localities;
    private final Map<String, Source> sources;
    private final List<ControlChange> changes;
    private final List<Event> events;
    private final List<Succession> successions;
    private final Map<String, List<String>> aliases;

    /** A dataset without faction successions or place aliases. */
    public Dataset(List<Faction> factions, List<Locality> localities, List<Source> sources,
                   List<ControlChange> changes, List<Event> events) {
        this(factions, localities, sources, changes, events, List.of(), Map.of());
    }

    /**
     * @param successions faction successions, any order
     * @param aliases     locality id to other names reports use for it (spellings, transliterations), may be empty
     */
    public Dataset(List<Faction> factions, List<Locality> localities, List<Source> sources,
                   List<ControlChange> changes, List<Event> events, List<Succession> successions,
                   Map<String, List<String>> aliases) {
        this.successions = successions.stream().sorted(Comparator.comparing(Succession::when)).toList();
        Map<String, List<String>> a = new LinkedHashMap<>();
        aliases.forEach((k, v) -> a.put(k, List.copyOf(v)));
        this.aliases = java.util.Collections.unmodifiableMap(a);
        this.factions = index(factions, Faction::id);
        this.localities = index(localities, Locality::id);
        this.sources = index(sources, Source::id);
        this.changes = changes.stream().sorted(Comparator.comparing(ControlChange::when)).toList();
        this.events = events.stream().sorted(Comparator.comparing(Event::when)).toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) map.putIfAbsent(id.apply(item), item);
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<Faction> factions() { return List.copyOf(factions.values()); }
    public List<Locality> localities() { return List.copyOf(localities.values()); }
    public List<Source> sources() { return List.copyOf(sources.values()); }
    /** All control changes, used or not, in time order. */
    public List<ControlChange> changes() { return changes; }
    /** All events in time order. */
    public List<Event> events() { return events; }

    /** Faction successions in time order. */
    public List<Succession> successions() { return successions; }
    /** Every locality's aliases, by locality id (only localities that have some). */
    public Map<String, List<String>> aliases() { return aliases; }
    /** Other names of a locality that reports use; empty when none are listed. */
    public List<String> aliases(String localityId) { return aliases.getOrDefault(localityId, List.of()); }

    public Optional<Faction> faction(String id) { return Optional.ofNullable(factions.get(id)); }
    public Optional<Locality> locality(String id) { return Optional.ofNullable(localities.get(id)); }
    public Optional<Source> source(String id) { return Optional.ofNullable(sources.get(id)); }

    /**
     * The days this dataset covers, built-in and user rows alike: from its status quo (the earliest day of a used
     * status-quo row; without one, its earliest control change or event) to its latest control change or event.
     * Empty for a dataset without changes or events.
     */
    public Optional<DayRange> period() {
        LocalDate first = null, last = null;
        for (ControlChange c : changes) {
            if (c.kind() == ChangeKind.STATUS_QUO && c.used() && (first == null || c.when().date().isBefore(first))) first = c.when().date();
        }
        List<LocalDate> days = new java.util.ArrayList<>();
        changes.forEach(c -> days.add(c.when().date()));
        events.forEach(e -> days.add(e.when().date()));
        for (LocalDate d : days) {
            if (last == null || d.isAfter(last)) last = d;
        }
        if (first == null) first = days.stream().min(Comparator.naturalOrder()).orElse(null);
        return last == null ? Optional.empty() : Optional.of(new DayRange(first, last.isBefore(first) ? first : last));
    }

    /** The position of an event: its own point, else its locality's, else empty. */
    public Optional<GeoPoint> position(Event e) {
        if (e.point() != null) return Optional.of(e.point());
        return e.localityId() == null ? Optional.empty() : locality(e.localityId()).map(Locality::point);
    }
}
