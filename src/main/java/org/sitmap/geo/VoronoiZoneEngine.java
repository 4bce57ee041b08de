package org.sitmap.geo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zone engine: localities with a known state cut the mapped area into faces ({@link TessellationBuilder}), and
 * each snapshot dissolves the faces by the state of their deciding locality. Tessellations are cached per set of
 * known localities, dissolved zones per set of faces, snapshots per change instant. Thread-safe.
 */
final class VoronoiZoneEngine implements ZoneEngine {
    private static final Logger LOG = LoggerFactory.getLogger(VoronoiZoneEngine.class);
    private final Dataset dataset;
    private final ControlTimeline timeline;
    private final EqualAreaProjection projection = EqualAreaProjection.NORTHERN_SYRIA;
    private final TessellationBuilder builder;
    private final List<Locality> localities;
    private final List<Instant> instants;
    private final Map<Instant, Frame> frames = new ConcurrentHashMap<>();
    private final Map<BitSet, Tessellation> tessellations = new ConcurrentHashMap<>();
    private final Map<Dissolve, Dissolved> dissolved = new ConcurrentHashMap<>();

    /** A computed snapshot with what it was computed from. */
    private record Frame(ZoneSnapshot snapshot, Tessellation tessellation, List<ControlState> states,
                         Map<ZoneKey, Zone> zones, Map<ZoneKey, ZoneFacts> facts) {
    }

    /** What the details of a point say about its whole zone; computed on the first click into the zone. */
    private record ZoneFacts(List<ControlChange> changes, Long population) {
    }

    private record ZoneKey(ZoneStatus status, String faction, String contestedBy) {
        static final Comparator<ZoneKey> ORDER = Comparator.comparing(ZoneKey::status)
                .thenComparing(ZoneKey::faction, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ZoneKey::contestedBy, Comparator.nullsFirst(Comparator.naturalOrder()));
        static final ZoneKey NO_DATA = new ZoneKey(ZoneStatus.NO_DATA, null, null);

        static ZoneKey of(ControlState s) {
            return s.contested() ? new ZoneKey(ZoneStatus.CONTESTED, s.holder(), s.contestedBy())
                    : new ZoneKey(ZoneStatus.HELD, s.holder(), null);
        }
    }

    private record Dissolve(Tessellation tessellation, BitSet faces) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Dissolve d && d.tessellation == tessellation && d.faces.equals(faces);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(tessellation) * 31 + faces.hashCode();
        }
    }

    private record Dissolved(Geometry geometry, double areaKm2) {
    }

    VoronoiZoneEngine(Dataset dataset, ZoneOptions options) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeline = new ControlTimeline(dataset);
        this.builder = new TessellationBuilder(options, projection);
        this.localities = dataset.localities();
        this.instants = timeline.changeInstants();
    }

    @Override
    public ZoneSnapshot snapshotAt(Instant at) {
        return frameAt(at).snapshot();
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
        Frame frame = frameAt(at);
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
        ZoneFacts facts = frame.facts().computeIfAbsent(ZoneKey.of(state), k -> facts(zone, frame.snapshot().at()));
        return Optional.of(new PointDetails(point, at, zone, state.holder(), state.contestedBy(),
                holderSince(locality.id(), state, frame.snapshot().at()), locality, timeline.history(locality.id()),
                facts.changes(), facts.population()));
    }

    /** The changes (up to {@code at}, newest first) and the known population of a zone's localities. */
    private ZoneFacts facts(Zone zone, Instant at) {
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
        return new ZoneFacts(List.copyOf(changes), population);
    }

    @Override
    public ZoneDiff diff(Instant from, Instant to) {
        Frame a = frameAt(from), b = frameAt(to);
        TreeSet<String> factions = new TreeSet<>();
        factions.addAll(a.snapshot().areaByFaction().keySet());
        factions.addAll(b.snapshot().areaByFaction().keySet());
        List<ZoneDiff.FactionChange> out = new ArrayList<>();
        if (a.tessellation() == b.tessellation()) {
            Tessellation t = a.tessellation();
            for (String f : factions) {
                BitSet gained = new BitSet(), lost = new BitSet();
                for (int i = 0; i < t.faces().size(); i++) {
                    boolean before = f.equals(holder(a, i)), after = f.equals(holder(b, i));
                    if (after && !before) gained.set(i);
                    if (before && !after) lost.set(i);
                }
                Dissolved g = dissolve(t, gained), l = dissolve(t, lost);
                out.add(new ZoneDiff.FactionChange(f, g.areaKm2(), l.areaKm2(), g.geometry(), l.geometry()));
            }
        } else {
            for (String f : factions) {
                Geometry before = held(a, f), after = held(b, f);
                Geometry gained = Geometries.polygonal(OverlayNGRobust.overlay(after, before, OverlayNG.DIFFERENCE));
                Geometry lost = Geometries.polygonal(OverlayNGRobust.overlay(before, after, OverlayNG.DIFFERENCE));
                out.add(new ZoneDiff.FactionChange(f, projection.areaKm2(gained), projection.areaKm2(lost), gained, lost));
            }
        }
        return new ZoneDiff(from, to, out);
    }

    private static String holder(Frame f, int face) {
        int d = f.tessellation().faces().get(face).decider();
        return d < 0 ? null : f.states().get(d).holder();
    }

    private static Geometry held(Frame f, String faction) {
        List<Geometry> parts = new ArrayList<>();
        for (Zone z : f.snapshot().zones()) if (faction.equals(z.faction())) parts.add(z.geometry());
        if (parts.isEmpty()) return Geometries.FACTORY.createMultiPolygon();
        return parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts);
    }

    /** The frame of the latest change instant at or before {@code at} (the empty frame before the first). */
    private Frame frameAt(Instant at) {
        Objects.requireNonNull(at, "at");
        int i = Collections.binarySearch(instants, at);
        Instant key = i >= 0 ? instants.get(i) : (-i - 2 >= 0 ? instants.get(-i - 2) : Instant.MIN);
        return frames.computeIfAbsent(key, this::compute);
    }

    private Frame compute(Instant at) {
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
            Dissolved geom = dissolve(t, g.getValue());
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
                Instant s = stateSince(id, states.get(d), at);
                if (since == null || s.isAfter(since)) since = s;
            }
            zones.put(key, new Zone(key.faction(), key.contestedBy(), key.status(), geom.geometry(), geom.areaKm2(),
                    since, ids));
        }
        ZoneSnapshot snapshot = new ZoneSnapshot(at, List.copyOf(zones.values()));
        return new Frame(snapshot, t, List.copyOf(states), Collections.unmodifiableMap(zones), new ConcurrentHashMap<>());
    }

    private Dissolved dissolve(Tessellation t, BitSet faces) {
        return dissolved.computeIfAbsent(new Dissolve(t, faces), k -> {
            List<Polygon> parts = new ArrayList<>();
            double area = 0;
            for (int f = faces.nextSetBit(0); f >= 0; f = faces.nextSetBit(f + 1)) {
                parts.add(t.faces().get(f).lonLat());
                area += t.faces().get(f).areaKm2();
            }
            // A MultiPolygon (not a collection) as input: JTS asks the input's dimension per edge, and a
            // GeometryCollection answers by scanning all its members.
            Geometry g = parts.isEmpty() ? Geometries.FACTORY.createMultiPolygon() : union(parts);
            return new Dissolved(g, area);
        });
    }

    /**
     * The union of faces: a coverage union, or a general (slower, snapping) union should the faces not match or the
     * coverage union come out invalid. It does when a zone's outline passes twice through one vertex (a ring touching
     * itself, which OGC rings may not): ZoneCoverageProperties found such a case among six places around Aleppo.
     */
    private static Geometry union(List<Polygon> faces) {
        Geometry all = Geometries.FACTORY.createMultiPolygon(faces.toArray(Polygon[]::new));
        try {
            Geometry union = CoverageUnion.union(all);
            return hasSelfTouchingRing(union) ? OverlayNGRobust.union(all) : union;
        } catch (TopologyException e) {
            LOG.warn("Zone faces do not form an exact coverage ({}); using a general union", e.getMessage());
            return OverlayNGRobust.union(all);
        }
    }

    /**
     * True when a ring of {@code polygonal} visits a vertex twice. Of a valid coverage, the union has no crossing
     * edges and only input vertices, so this is the one way it can be invalid; checking it is linear.
     */
    static boolean hasSelfTouchingRing(Geometry polygonal) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (visitsAVertexTwice(p.getExteriorRing())) return true;
            for (int h = 0; h < p.getNumInteriorRing(); h++) if (visitsAVertexTwice(p.getInteriorRingN(h))) return true;
        }
        return false;
    }

    private static boolean visitsAVertexTwice(LinearRing ring) {
        Coordinate[] cs = ring.getCoordinates();
        Set<Coordinate> seen = new HashSet<>(cs.length * 2);
        for (int i = 0; i < cs.length - 1; i++) if (!seen.add(cs[i])) return true;
        return false;
    }

    /** The instant since which a locality has had its holder at {@code at}, contested or not. */
    private Instant holderSince(String localityId, ControlState state, Instant at) {
        return stateSince(localityId, new ControlState(state.holder(), null, state.cause()), at);
    }

    /**
     * The instant since which a locality has been in {@code state} at {@code at}: for a held state, the start of the
     * unbroken run of changes leaving the same holder (contested spells included); for a contested state, the start
     * of the run with the same holder and attacker.
     */
    private Instant stateSince(String localityId, ControlState state, Instant at) {
        Instant since = state.cause().when().instant();
        List<ControlChange> h = timeline.history(localityId);
        for (int i = h.size() - 1; i >= 0; i--) {
            ControlChange c = h.get(i);
            if (c.when().instant().isAfter(at)) continue;
            ControlState s = c.resultingState();
            boolean same = s.holder().equals(state.holder())
                    && (!state.contested() || Objects.equals(s.contestedBy(), state.contestedBy()));
            if (!same) break;
            since = c.when().instant();
        }
        return since;
    }
}
