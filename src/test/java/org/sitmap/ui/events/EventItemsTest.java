package org.sitmap.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;

/**
 * The event list moved along the timeline shows what building it afresh at each instant showed, and the changes it
 * reports, replayed on a copy, give the same list (what a list view relies on).
 */
class EventItemsTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 11, 26);

    /** An event's day after DAY0 and hour (-1 for a bare date). */
    record Spec(int day, int hour) {
    }

    @Provide
    Arbitrary<List<Spec>> events() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(-1, 23))
                .as(Spec::new).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> hours() {
        return Arbitraries.integers().between(-24, 7 * 24 + 24).list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 300)
    void steps_showTheEventsUpToEachInstant_andReportExactlyTheChange(@ForAll("events") List<Spec> specs,
                                                                       @ForAll("hours") List<Integer> steps,
                                                                       @ForAll boolean newestFirst) {
        List<Event> events = events(specs);
        EventRows rows = new EventRows(events, e -> "place of " + e.id(), newestFirst);
        EventItems items = new EventItems();
        List<EventListItem> mirror = new ArrayList<>();
        List<Integer> replaced = new ArrayList<>();
        items.addListener((ListChangeListener<EventListItem>) c -> replay(c, mirror, replaced));
        boolean first = true;
        for (int h : steps) {
            replaced.clear();
            var now = DAY0.atStartOfDay().toInstant(ReportedTime.SYRIA).plusSeconds(h * 3600L);
            int k = rows.countUpTo(now);
            items.show(rows.upTo(k));
            List<EventListItem> expected = rebuilt(events, now, newestFirst);
            assertEquals(expected, List.copyOf(items), "at " + now);
            assertEquals(expected, mirror, "the reported changes at " + now);
            // a list view marks every replaced row dirty: a step replaces at most the cut day's heading
            if (!first) assertTrue(replaced.stream().allMatch(n -> n == 1), "rows replaced at " + now + ": " + replaced);
            first = false;
            for (int i = 0; i < k; i++) {
                int at = rows.indexOf(items.view(), events.get(i).id());
                assertEquals(events.get(i), ((EventListItem.Row) items.get(at)).event());
            }
        }
    }

    private static void replay(ListChangeListener.Change<? extends EventListItem> c, List<EventListItem> mirror,
                               List<Integer> replaced) {
        while (c.next()) {
            if (c.wasReplaced()) replaced.add(c.getAddedSize());
            if (c.wasPermutated() || c.wasUpdated()) throw new AssertionError("unexpected change " + c);
            for (int i = 0; i < c.getRemovedSize(); i++) {
                assertEquals(c.getRemoved().get(i), mirror.remove(c.getFrom()), "the reported removed item");
            }
            mirror.addAll(c.getFrom(), c.getAddedSubList());
        }
    }

    /** The list as the view model built it at every step before: filter, sort, group by day. */
    private static List<EventListItem> rebuilt(List<Event> events, java.time.Instant now, boolean newestFirst) {
        List<Event> shown = events.stream().filter(e -> !e.when().instant().isAfter(now)).toList();
        if (newestFirst) shown = shown.stream().sorted(Comparator.comparing(Event::when).reversed()).toList();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        shown.forEach(e -> perDay.merge(e.when().date(), 1, Integer::sum));
        List<EventListItem> out = new ArrayList<>();
        LocalDate day = null;
        for (Event e : shown) {
            if (!e.when().date().equals(day)) {
                day = e.when().date();
                out.add(new EventListItem.Day(day, perDay.get(day)));
            }
            out.add(new EventListItem.Row(e, "place of " + e.id()));
        }
        return out;
    }

    private static List<Event> events(List<Spec> specs) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            LocalDate day = DAY0.plusDays(s.day());
            ReportedTime when = s.hour() < 0 ? ReportedTime.ofDay(day) : new ReportedTime(day, LocalTime.of(s.hour(), 0), Precision.HOUR);
            out.add(new Event("E" + i, when, EventType.AIRSTRIKE, null, null, List.of("RUS"), "Event " + i, "", null,
                    Confidence.LOW, List.of(new Citation("S1", ""))));
        }
        return out.stream().sorted(Comparator.comparing(Event::when)).toList();
    }
}
