package org.sitmap.interop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.task.TaskRunner;

/**
 * What an export writes: the dataset, its events within the period, and the zones of every snapshot in the period
 * with their validity. Immutable.
 *
 * @param dataset   everything stored (localities, sources, factions)
 * @param events    the events within the period, in time order
 * @param snapshots the zones of each change instant in the period, in time order
 */
public record ExportData(Dataset dataset, List<Event> events, List<DatedSnapshot> snapshots) {
    public ExportData {
        events = List.copyOf(events);
        snapshots = List.copyOf(snapshots);
    }

    /**
     * Collects the period {@code from}..{@code to} (whole local days, both inclusive; null for open ends). The first
     * snapshot is the one holding at the period's start; the last is open-ended unless {@code to} is given.
     */
    public static ExportData of(Dataset dataset, ZoneEngine engine, LocalDate from, LocalDate to, TaskRunner.Progress progress) {
        Instant start = from == null ? null : from.atStartOfDay().toInstant(ReportedTime.SYRIA);
        Instant end = to == null ? null : ReportedTime.endOfDay(to).plusSeconds(1);
        List<Instant> instants = new ArrayList<>();
        if (start != null) instants.add(start);
        for (Instant i : engine.snapshotInstants()) {
            if ((start == null || i.isAfter(start)) && (end == null || i.isBefore(end))) instants.add(i);
        }
        List<DatedSnapshot> snapshots = new ArrayList<>();
        for (int k = 0; k < instants.size(); k++) {
            if (progress.isCancelled()) throw new java.util.concurrent.CancellationException("export cancelled");
            progress.update(k, instants.size(), "zones of snapshot " + (k + 1) + " of " + instants.size());
            ZoneSnapshot s = engine.snapshotAt(instants.get(k));
            Instant validTo = k + 1 < instants.size() ? instants.get(k + 1) : end;
            snapshots.add(new DatedSnapshot(instants.get(k), validTo, s.zones()));
        }
        List<Event> events = dataset.events().stream().filter(e -> (from == null || !e.when().date().isBefore(from))
                && (to == null || !e.when().date().isAfter(to))).toList();
        return new ExportData(dataset, events, snapshots);
    }
}
