package org.sitmap.geo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
            frameAt(instants.get(i));
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
        return frames.computeIfAbsent(frameKey(at), this::compute);
    }

    /** The latest change instant at or before {@code at}, or {@link Instant#MIN} before the first. */
    private Instant frameKey(Instant at) {
        Objects.requireNonNull(at, "at");
        int i = Collections.binarySearch(instants, at);
        return i >= 0 ? instants.get(i) : (-i - 2 >= 0 ? instants.get(-i - 2) : Instant.MIN);
    }

    private ZoneFrame compute(Instant at) {
        BitSet known = new BitSet();
        List<Locality> active = new ArrayList<>();
        List<ControlState> states = new ArrayList<>();
        for (int i = 0; i < localities.size(); i++) {
            Optional<ControlState> s = timeline.stateAt(localities.get(i).id(), at);
            if (s.isPresent()) {
                known.set(i);
                active.add(localities.get(i));
                states.add(s.get());
            }
        }
        Tessellation t = tessellations.computeIfAbsent(known, k -> builder.build(active));
        Map<ZoneKey, BitSet> groups = new TreeMap<>(ZoneKey.ORDER);
        for (int f = 0; f < t.faces().size(); f++) {
            int d = t.faces().get(f).decider();
            ZoneKey key = d < 0 ? ZoneKey.NO_DATA : ZoneKey.of(states.get(d));
            groups.computeIfAbsent(key, k -> new BitSet()).set(f);
        }
        Map<ZoneKey, Zone> zones = new TreeMap<>(ZoneKey.ORDER);
        for (Map.Entry<ZoneKey, BitSet> g : groups.entrySet()) {
            ZoneKey key = g.getKey();
            FaceDissolver.Dissolved geom = dissolver.dissolveByBlocks(t, g.getValue());
            TreeSet<Integer> deciders = new TreeSet<>();
            g.getValue().stream().forEach(f -> {
                int d = t.faces().get(f).decider();
                if (d >= 0) deciders.add(d);
            });
            List<String> ids = new ArrayList<>();
            Instant since = null;
            for (int d : deciders) {
                String id = active.get(d).id();
                ids.add(id);
                Instant s = timeline.stateSince(id, at).orElseThrow();
                if (since == null || s.isAfter(since)) since = s;
            }
            zones.put(key, new Zone(key.faction(), key.contestedBy(), key.status(), geom.geometry(), geom.areaKm2(),
                    since, ids));
        }
        ZoneSnapshot snapshot = new ZoneSnapshot(at, List.copyOf(zones.values()));
        return new ZoneFrame(snapshot, t, List.copyOf(states), Collections.unmodifiableMap(zones),
                new ConcurrentHashMap<>());
    }
}
