package org.sitmap.geo;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.task.TaskRunner;

/**
 * A zone engine that answers from snapshots kept by a {@link ZoneSnapshotCache} while it can, and builds the real
 * engine, once, for anything else. Its answers are the real engine's: the snapshots were computed by it, for the same
 * data and build. Thread-safe.
 */
final class CachedZoneEngine implements ZoneEngine {
    private final Map<Instant, ZoneSnapshot> stored;
    private final List<Instant> instants;
    private final Supplier<ZoneEngine> build;
    private volatile ZoneEngine real;

    CachedZoneEngine(Dataset d, Map<Instant, ZoneSnapshot> stored, Supplier<ZoneEngine> build) {
        this.stored = Map.copyOf(stored);
        this.instants = new ControlTimeline(d).changeInstants();
        this.build = build;
    }

    private ZoneEngine real() {
        ZoneEngine r = real;
        if (r == null) {
            synchronized (this) {
                r = real;
                if (r == null) real = r = build.get();
            }
        }
        return r;
    }

    @Override
    public ZoneSnapshot snapshotAt(Instant at) {
        ZoneEngine r = real;
        if (r != null) return r.snapshotAt(at);
        ZoneSnapshot s = stored(at);
        return s != null ? s : real().snapshotAt(at);
    }

    @Override
    public Optional<ZoneSnapshot> cachedSnapshotAt(Instant at) {
        ZoneEngine r = real;
        return r != null ? r.cachedSnapshotAt(at) : Optional.ofNullable(stored(at));
    }

    /** The kept snapshot at {@code at}, or null. */
    private ZoneSnapshot stored(Instant at) {
        // The snapshot's own instant, as the engine picks it: the latest change at or before, else before them all.
        int i = Collections.binarySearch(instants, at);
        Instant key = i >= 0 ? instants.get(i) : (-i - 2 >= 0 ? instants.get(-i - 2) : Instant.MIN);
        return stored.get(key);
    }

    @Override
    public List<Instant> snapshotInstants() {
        return instants;
    }

    @Override
    public void precompute(TaskRunner.Progress progress) {
        real().precompute(progress);
    }

    @Override
    public Optional<PointDetails> detailsAt(Instant at, GeoPoint point) {
        return real().detailsAt(at, point);
    }

    @Override
    public ZoneDiff diff(Instant from, Instant to) {
        return real().diff(from, to);
    }
}
