package org.sitmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlTimelineTest {
    private static final LocalDate D26 = LocalDate.of(2024, 11, 26);
    private static final LocalDate D30 = LocalDate.of(2024, 11, 30);

    private static ControlChange change(String id, LocalDate d, LocalTime t, String from, String to, ChangeKind kind, boolean used) {
        return new ControlChange(id, "x-town", new ReportedTime(d, t, t == null ? Precision.DAY : Precision.HOUR), from, to,
                kind, Confidence.HIGH, used, "", List.of(new Citation("S1", "")));
    }

    private static ControlTimeline timeline(ControlChange... changes) {
        return new ControlTimeline(new Dataset(List.of(), List.of(), List.of(), List.of(changes), List.of()));
    }

    @Test
    void bareDate_appliesFromTheEndOfThatDayInSyria() {
        ControlTimeline t = timeline(change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true),
                change("b", D30, null, "GOV", "HTS", ChangeKind.CAPTURED, true));
        Instant noonOn30 = D30.atTime(12, 0).toInstant(ReportedTime.SYRIA);
        assertEquals("GOV", t.stateAt("x-town", noonOn30).orElseThrow().holder());
        assertEquals("HTS", t.stateAt("x-town", ReportedTime.endOfDay(D30)).orElseThrow().holder());
    }

    @Test
    void timedChange_appliesFromItsTime() {
        ControlTimeline t = timeline(change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true),
                change("b", D30, LocalTime.of(9, 0), "GOV", "HTS", ChangeKind.CAPTURED, true));
        assertEquals("HTS", t.stateAt("x-town", D30.atTime(9, 30).toInstant(ReportedTime.SYRIA)).orElseThrow().holder());
    }

    @Test
    void unusedClaim_isIgnored() {
        ControlTimeline t = timeline(change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true),
                change("b", D30.minusDays(1), null, "GOV", "HTS", ChangeKind.CLAIMED, false));
        assertEquals("GOV", t.stateAt("x-town", ReportedTime.endOfDay(D30)).orElseThrow().holder());
    }

    @Test
    void contested_keepsHolderAndNamesAttacker() {
        ControlTimeline t = timeline(change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true),
                change("b", D30, null, "GOV", "HTS", ChangeKind.CONTESTED, true));
        ControlState s = t.stateAt("x-town", ReportedTime.endOfDay(D30)).orElseThrow();
        assertEquals("GOV", s.holder());
        assertEquals("HTS", s.contestedBy());
        assertTrue(s.contested());
    }

    @Test
    void holderSince_spansAContestedSpellOfTheSameHolder() {
        ControlTimeline t = timeline(change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true),
                change("b", D26.plusDays(2), null, "GOV", "HTS", ChangeKind.CONTESTED, true));
        assertEquals(ReportedTime.endOfDay(D26), t.holderSince("x-town", ReportedTime.endOfDay(D30)).orElseThrow());
    }

    @Test
    void stateSince_ofAContestedState_startsWithTheFightingAndOfAHeldOneWithTheHolder() {
        ControlTimeline t = timeline(change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true),
                change("b", D26.plusDays(1), null, "GOV", "HTS", ChangeKind.CONTESTED, true),
                change("c", D26.plusDays(2), null, "GOV", "HTS", ChangeKind.CONTESTED, true),
                change("d", D30, null, "HTS", "GOV", ChangeKind.CAPTURED, true));
        assertEquals(ReportedTime.endOfDay(D26.plusDays(1)),
                t.stateSince("x-town", ReportedTime.endOfDay(D26.plusDays(3))).orElseThrow());
        assertEquals(ReportedTime.endOfDay(D26), t.stateSince("x-town", ReportedTime.endOfDay(D30)).orElseThrow());
    }

    @Test
    void beforeAnyChange_nothingIsKnown() {
        ControlTimeline t = timeline(change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true));
        assertTrue(t.stateAt("x-town", ReportedTime.endOfDay(D26.minusDays(1))).isEmpty());
    }
}
