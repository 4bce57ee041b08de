package org.sitmap.geo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.task.TaskRunner;

/**
 * The zone engine: localities with a known state cut the mapped area into faces ({@link TessellationBuilder}), and
 * each snapshot dissolves the faces by the state of their deciding locality ({@link FaceDissolver}). Tessellations
 * are cached per set of known localities, snapshots per change instant; diffs are the {@link ZoneDiffer}'s, and
 * "since" is the {@link ControlTimeline}'s. Thread-safe.
 */
final class VoronoiZoneEngine implements ZoneEngine {
    private final Dataset dataset;
    private final ControlTimeline timeline;
    private final TessellationBuilder builder;
    private final List<Locality> localities;
    private final List<Instant> instants;
    private final Map<Instant, ZoneFrame> frames = new ConcurrentHashMap<>();
    private final Map<BitSet, Tessellation> tessellations = new ConcurrentHashMap<>();
    private final Map<Instant, Column> columns = new ConcurrentHashMap<>();
    /** Per change instant, the localities (dataset indices) with a change at it. */
    private final Map<Instant, int[]> changedAt = new HashMap<>();
    private final Set<Instant> transferInstants = new HashSet<>();
    private final FaceDissolver dissolver = new FaceDissolver();
    private final ZoneDiffer differ;

    VoronoiZoneEngine(Dataset dataset, ZoneOptions options) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeline = new ControlTimeline(dataset);
        EqualAreaProjection projection = EqualAreaProjection.NORTHERN_SYRIA;
        this.builder = new TessellationBuilder(options, projection);
        this.differ = new ZoneDiffer(dissolver, projection, timeline);
        this.localities = dataset.localities();
        this.instants = timeline.changeInstants();
        Map<Instant, List<Integer>> changed = new HashMap<>();
        for (int i = 0; i < localities.size(); i++) {
            for (ControlChange c : timeline.history(localities.get(i).id())) {
                List<Integer> at = changed.computeIfAbsent(c.when().instant(), k -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != i) at.add(i);
            }
        }
        changed.forEach((at, list) -> changedAt.put(at, list.stream().mapToInt(Integer::intValue).toArray()));
        timeline.transfers().forEach(s -> transferInstants.add(s.when().instant()));
    }

    @Override
    public ZoneSnapshot snapshotAt(Instant at) {
        return frameAt(at).snapshot();
    }

    @Override
    public Optional<ZoneSnapshot> cachedSnapshotAt(Instant at) {
        ZoneFrame frame = frames.get(frameKey(at));
        return frame == null ? Optional.empty() : Optional.of(frame.snapshot());
    }

    @Override
    public void precompute(TaskRunner.Progress progress) {
        for (int i = 0; i < instants.size(); i++) {
            if (progress.isCancelled()) return;
            frameAt(instants.get(i), false);  // in the background: one core, left the other for the window
            progress.update(i + 1, instants.size(), "zones on " + ReportedTime.localDate(instants.get(i)));
        }
    }

    @Override
    public List<Instant> snapshotInstants() {
        return instants;
    }

    @Override
    public Optional<PointDetails> detailsAt(Instant at, GeoPoint point) {
        ZoneFrame frame = frameAt(at);
        Tessellation t = frame.tessellation();
        int face = t.faceAt(point.lon(), point.lat());
        if (face < 0) return Optional.empty();
        int decider = t.faces().get(face).decider();
        if (decider < 0) {
            Zone zone = frame.zones().get(ZoneKey.NO_DATA);
            return Optional.of(new PointDetails(point, at, zone, null, null, null, null, List.of(), List.of(), null));
        }
        Locality locality = t.localities().get(decider);
        ControlState state = frame.states().get(decider);
        Zone zone = frame.zones().get(ZoneKey.of(state));
        ZoneFrame.ZoneFacts facts = frame.facts().computeIfAbsent(ZoneKey.of(state), k -> facts(zone, frame.snapshot().at()));
        Instant since = timeline.holderSince(locality.id(), frame.snapshot().at()).orElseThrow();
        return Optional.of(new PointDetails(point, at, zone, state.holder(), state.contestedBy(), since, locality,
                timeline.history(locality.id()), facts.changes(), facts.population()));
    }

    /** The changes (up to {@code at}, newest first) and the known population of a zone's localities. */
    private ZoneFrame.ZoneFacts facts(Zone zone, Instant at) {
        List<ControlChange> changes = new ArrayList<>();
        Long population = null;
        for (String id : zone.localityIds()) {
            for (ControlChange c : timeline.history(id)) {
                if (!c.when().instant().isAfter(at)) changes.add(c);
            }
            Long p = dataset.locality(id).map(Locality::population).orElse(null);
            if (p != null) population = population == null ? p : population + p;
        }
        changes.sort(Comparator.comparing(ControlChange::when).reversed().thenComparing(ControlChange::id));
        return new ZoneFrame.ZoneFacts(List.copyOf(changes), population);
    }

    @Override
    public ZoneDiff diff(Instant from, Instant to) {
        return differ.diff(from, to, frameAt(from), frameAt(to));
    }

    /** The frame of the latest change instant at or before {@code at} (the empty frame before the first). */
    private ZoneFrame frameAt(Instant at) {
        return frameAt(at, true);  // someone waits for it: a tessellation may use every core
    }

    private ZoneFrame frameAt(Instant at, boolean parallel) {
        return frames.computeIfAbsent(frameKey(at), key -> compute(key, parallel));
    }

    /** The latest change instant at or before {@code at}, or {@link Instant#MIN} before the first. */
    private Instant frameKey(Instant at) {
        Objects.requireNonNull(at, "at");
        int i = Collections.binarySearch(instants, at);
        return i >= 0 ? instants.get(i) : (-i - 2 >= 0 ? instants.get(-i - 2) : Instant.MIN);
    }

    /**
     * Every locality's state at one instant and since when it has had it (null where nothing is known), in the
     * dataset's order.
     */
    private record Column(ControlState[] states, Instant[] since) {
    }

    /**
     * The column at {@code at}: from the column of the instant before, when that is computed, changing only the
     * localities with a change at {@code at} (a locality without one keeps its state and its start); afresh at an
     * instant where a succession transfers holdings, since that can change any locality's holder.
     */
    private Column columnAt(Instant at) {
        int k = Collections.binarySearch(instants, at);
        Column prev = k > 0 && !transferInstants.contains(at) ? columns.get(instants.get(k - 1)) : null;
        Column c;
        if (prev == null) {
            c = new Column(new ControlState[localities.size()], new Instant[localities.size()]);
            for (int i = 0; i < localities.size(); i++) update(c, i, at);
        } else {
            c = new Column(prev.states().clone(), prev.since().clone());
            for (int i : changedAt.getOrDefault(at, new int[0])) update(c, i, at);
        }
        columns.put(at, c);
        return c;
    }

    private void update(Column c, int i, Instant at) {
        String id = localities.get(i).id();
        c.states()[i] = timeline.stateAt(id, at).orElse(null);
        c.since()[i] = c.states()[i] == null ? null : timeline.stateSince(id, at).orElseThrow();
    }

    private ZoneFrame compute(Instant at, boolean parallel) {
        Column column = columnAt(at);
        BitSet known = new BitSet();
        List<Locality> active = new ArrayList<>();
        List<ControlState> states = new ArrayList<>();
        List<Instant> since = new ArrayList<>();
        for (int i = 0; i < localities.size(); i++) {
            if (column.states()[i] != null) {
                known.set(i);
                active.add(localities.get(i));
                states.add(column.states()[i]);
                since.add(column.since()[i]);
            }
        }
        Tessellation t = tessellations.computeIfAbsent(known, k -> builder.build(active, parallel));
        // Each locality's zone, numbered; then each zone's faces and deciding localities.
        Map<ZoneKey, Integer> numbers = new HashMap<>();
        List<ZoneKey> keys = new ArrayList<>();
        int[] zoneOf = new int[states.size()];
        for (int d = 0; d < states.size(); d++) {
            zoneOf[d] = numbers.computeIfAbsent(ZoneKey.of(states.get(d)), key -> {
                keys.add(key);
                return keys.size() - 1;
            });
        }
        int noData = -1;
        List<BitSet> faces = new ArrayList<>(), deciders = new ArrayList<>();
        for (int f = 0; f < t.faces().size(); f++) {
            int d = t.faces().get(f).decider();
            int z;
            if (d >= 0) {
                z = zoneOf[d];
            } else {
                if (noData < 0) {
                    keys.add(ZoneKey.NO_DATA);
                    noData = keys.size() - 1;
                }
                z = noData;
            }
            while (faces.size() <= z) {
                faces.add(new BitSet());
                deciders.add(new BitSet());
            }
            faces.get(z).set(f);
            if (d >= 0) deciders.get(z).set(d);
        }
        // Someone waiting: the zones are traced on every core (each zone's outline is independent of the others').
        FaceDissolver.Dissolved[] dissolved = new FaceDissolver.Dissolved[faces.size()];
        IntStream each = IntStream.range(0, faces.size()).filter(z -> !faces.get(z).isEmpty());
        (parallel ? each.parallel() : each).forEach(z -> dissolved[z] = dissolver.dissolve(t, faces.get(z)));
        Map<ZoneKey, Zone> zones = new TreeMap<>(ZoneKey.ORDER);
        for (int z = 0; z < faces.size(); z++) {
            if (faces.get(z).isEmpty()) continue;  // a locality whose faces all lie outside the mapped area
            ZoneKey key = keys.get(z);
            FaceDissolver.Dissolved geom = dissolved[z];
            List<String> ids = new ArrayList<>();
            Instant latest = null;
            for (int d = deciders.get(z).nextSetBit(0); d >= 0; d = deciders.get(z).nextSetBit(d + 1)) {
                ids.add(active.get(d).id());
                Instant s = since.get(d);
                if (latest == null || s.isAfter(latest)) latest = s;
            }
            zones.put(key, new Zone(key.faction(), key.contestedBy(), key.status(), geom.geometry(), geom.areaKm2(),
                    latest, ids));
        }
        ZoneSnapshot snapshot = new ZoneSnapshot(at, List.copyOf(zones.values()));
        return new ZoneFrame(snapshot, t, List.copyOf(states), Collections.unmodifiableMap(zones),
                new ConcurrentHashMap<>());
    }
}
