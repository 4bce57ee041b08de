package org.sitmap.geo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.task.TaskRunner;

/**
 * Computes control zones from sourced locality control: the contract the UI and CLI rely on. Implementations are
 * thread-safe; {@link #snapshotAt} after {@link #precompute} never recomputes.
 */
public interface ZoneEngine {
    /** The engine with the default mapped area (Syria north of 34.6° N) and options. */
    static ZoneEngine forDataset(Dataset dataset) {
        return forDataset(dataset, ZoneOptions.defaults());
    }

    /** The engine with the given mapped area and options. */
    static ZoneEngine forDataset(Dataset dataset, ZoneOptions options) {
        return new VoronoiZoneEngine(dataset, options);
    }

    /**
     * The instants at which snapshots change (every distinct change instant), ascending; empty when the
     * implementation does not tell.
     */
    default List<Instant> snapshotInstants() {
        return List.of();
    }

    /**
     * The zones at {@code at}: the snapshot of the latest change instant at or before it (computed now if
     * {@link #precompute} has not reached it yet). Before the first change instant: one no-data zone over the whole
     * mapped area, with {@link ZoneSnapshot#at()} = {@link Instant#MIN}.
     */
    ZoneSnapshot snapshotAt(Instant at);

    /**
     * The zones at {@code at} if they are already computed (by {@link #precompute} or an earlier
     * {@link #snapshotAt}), without computing anything: cheap enough for the FX thread. Empty when they are not
     * computed yet, or when the implementation does not tell.
     */
    default Optional<ZoneSnapshot> cachedSnapshotAt(Instant at) {
        return Optional.empty();
    }

    /** Computes and caches the snapshots of every distinct change instant; call off the FX thread. */
    void precompute(TaskRunner.Progress progress);

    /** Details for a point at an instant; empty when the point lies outside the mapped area. */
    Optional<PointDetails> detailsAt(Instant at, GeoPoint point);

    /** Per-faction gains and losses between two instants. */
    ZoneDiff diff(Instant from, Instant to);
}
