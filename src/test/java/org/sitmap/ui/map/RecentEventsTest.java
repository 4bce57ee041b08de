package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;
import org.sitmap.ui.UiFixtures;

/** The map's recent events found by binary search over the dataset's events sorted once: the same as a full scan. */
class RecentEventsTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 11, 26);

    /** An event's shape: its day after DAY0, its hour (or -1 for a bare date), and where it is (0 nowhere, 1 Aleppo, 2 a point). */
    record Spec(int day, int hour, int place) {
    }

    @Provide
    Arbitrary<List<Spec>> events() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(-1, 23),
                Arbitraries.integers().between(0, 2)).as(Spec::new).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void within_equalsAScanOfEveryEvent(@ForAll("events") List<Spec> specs, @ForAll @IntRange(min = -24, max = 260) int nowHour,
                                        @ForAll @IntRange(min = 0, max = 96) int windowHours) {
        Dataset d = dataset(specs);
        Instant now = DAY0.atStartOfDay().toInstant(ReportedTime.SYRIA).plus(Duration.ofHours(nowHour));
        Duration window = Duration.ofHours(windowHours);
        assertEquals(scan(d, now, window), RecentEvents.within(d, now, window));
        // an instant exactly at an event's (bare dates stand for 23:59:59), where the window's ends matter
        for (Event e : d.events()) {
            Instant at = e.when().instant();
            assertEquals(scan(d, at, window), RecentEvents.within(d, at, window), "at " + at);
            assertEquals(scan(d, at.plus(window), window), RecentEvents.within(d, at.plus(window), window));
        }
    }

    @Test
    void within_indexesADatasetOnce_andAnotherDatasetAfresh() {
        Dataset a = UiFixtures.small(), b = UiFixtures.small();
        EventsByInstant first = RecentEvents.index(a);
        assertSame(first, RecentEvents.index(a));
        assertNotSame(first, RecentEvents.index(b));
        assertEquals(List.of("E1", "E2"), java.util.stream.IntStream.range(0, first.size()).mapToObj(i -> first.event(i).id()).toList(),
                "only the events with a place, in time order");
    }

    /** What the map marked before the index: every event checked. */
    private static List<RecentEvents.Marked> scan(Dataset d, Instant now, Duration window) {
        List<RecentEvents.Marked> out = new ArrayList<>();
        Instant start = now.minus(window);
        for (Event e : d.events()) {
            Instant t = e.when().instant();
            if (!t.isAfter(start) || t.isAfter(now)) continue;
            GeoPoint p = d.position(e).orElse(null);
            if (p == null) continue;
            out.add(new RecentEvents.Marked(e, p, Duration.between(t, now).getSeconds() / (double) Math.max(1, window.getSeconds())));
        }
        return out;
    }

    private static Dataset dataset(List<Spec> specs) {
        Dataset small = UiFixtures.small();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            LocalDate day = DAY0.plusDays(s.day());
            ReportedTime when = s.hour() < 0 ? ReportedTime.ofDay(day) : new ReportedTime(day, LocalTime.of(s.hour(), 0), Precision.HOUR);
            events.add(new Event("E" + i, when, EventType.AIRSTRIKE, s.place() == 1 ? "gn170063" : null,
                    s.place() == 2 ? new GeoPoint(35.9, 36.6 + i / 1000.0) : null, List.of("RUS"), "Event " + i, "", null,
                    Confidence.LOW, List.of(new Citation("S1", ""))));
        }
        return new Dataset(small.factions(), small.localities(), small.sources(), small.changes(), events);
    }
}
