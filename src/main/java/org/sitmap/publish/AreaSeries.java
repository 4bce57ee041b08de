package org.sitmap.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.geo.ZoneStatus;
import org.sitmap.task.TaskRunner;

/**
 * Km² held by each faction at the end of every day of a period, with the contested km² and the events of each day:
 * the figures of the area-over-time chart, read from the same snapshots as {@code diff}, so the two agree. Immutable.
 *
 * @param days     one entry per day, in order
 * @param factions every faction that holds ground on some day, largest first on the first day it appears
 */
public record AreaSeries(List<Day> days, List<String> factions) {
    public AreaSeries {
        days = List.copyOf(days);
        factions = List.copyOf(factions);
    }

    /**
     * One day's figures.
     *
     * @param date         the local day (figures at its end, Syria time)
     * @param heldKm2      km² held per faction, contested zones counted for their holder (as {@code diff} does)
     * @param contestedKm2 km² of contested zones per holder (part of {@link #heldKm2})
     * @param events       events dated that day
     */
    public record Day(LocalDate date, Map<String, Double> heldKm2, Map<String, Double> contestedKm2, int events) {
        public Day {
            heldKm2 = Map.copyOf(heldKm2);
            contestedKm2 = Map.copyOf(contestedKm2);
        }

        /** Km² of contested zones, all holders together. */
        public double contested() {
            return contestedKm2.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Km² held by {@code faction} and not contested. */
        public double heldUncontested(String faction) {
            return held(faction) - contestedKm2.getOrDefault(faction, 0.0);
        }

        /** Km² held by {@code faction}, 0 when none. */
        public double held(String faction) {
            return heldKm2.getOrDefault(faction, 0.0);
        }
    }

    /** The dataset's whole period: from the first to the last dated control change or event. */
    public static LocalDate[] period(Dataset d) {
        LocalDate first = null, last = null;
        for (ControlChange c : d.changes()) {
            first = min(first, c.when().date());
            last = max(last, c.when().date());
        }
        for (Event e : d.events()) {
            first = min(first, e.when().date());
            last = max(last, e.when().date());
        }
        if (first == null) throw new IllegalArgumentException("the dataset has no dated change or event");
        return new LocalDate[] {first, last};
    }

    /** The figures of every day from {@code from} to {@code to}, both included; cancellable through progress. */
    public static AreaSeries compute(ZoneEngine engine, Dataset d, LocalDate from, LocalDate to,
            TaskRunner.Progress progress) {
        Objects.requireNonNull(from, "from");
        if (to.isBefore(from)) throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        Map<LocalDate, Integer> events = new HashMap<>();
        for (Event e : d.events()) events.merge(e.when().date(), 1, Integer::sum);
        long total = from.until(to, java.time.temporal.ChronoUnit.DAYS) + 1;
        List<Day> days = new ArrayList<>();
        Set<String> factions = new LinkedHashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (progress.isCancelled()) throw new java.util.concurrent.CancellationException("cancelled");
            Instant at = ReportedTime.endOfDay(day);
            ZoneSnapshot s = engine.snapshotAt(at);
            Map<String, Double> held = s.areaByFaction();
            held.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> factions.add(e.getKey()));
            Map<String, Double> contested = new HashMap<>();
            for (Zone z : s.zones()) {
                if (z.status() == ZoneStatus.CONTESTED) contested.merge(z.faction(), z.areaKm2(), Double::sum);
            }
            days.add(new Day(day, held, contested, events.getOrDefault(day, 0)));
            progress.update(days.size(), total, day.toString());
        }
        return new AreaSeries(days, new ArrayList<>(factions));
    }

    /** The day whose figures cover {@code date}, or null outside the period. */
    public Day day(LocalDate date) {
        if (days.isEmpty()) return null;
        long i = days.get(0).date().until(date, java.time.temporal.ChronoUnit.DAYS);
        return i < 0 || i >= days.size() ? null : days.get((int) i);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
