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
    void holderSince_isNotCarriedAcrossACaptureBetweenTwoFactionsThatShareALaterSuccessor() {
        // Aleppo: the Assad government until HTS took it on 30 November; the government collapsed into HTS's command
        // on 8 December and HTS merged into the transitional government in January. Held by the latter since
        // 30 November, not since the status quo of the government HTS took it from.
        ReportedTime dec8 = ReportedTime.ofDay(LocalDate.of(2024, 12, 8)), jan29 = ReportedTime.ofDay(LocalDate.of(2025, 1, 29));
        List<Succession> successions = List.of(
                new Succession("F1", "GOV", "HTS", dec8, SuccessionKind.COLLAPSE, "", List.of(new Citation("S1", ""))),
                new Succession("F2", "HTS", "SGOV", jan29, SuccessionKind.MERGED, "", List.of(new Citation("S1", ""))));
        ControlTimeline t = new ControlTimeline(new Dataset(List.of(), List.of(), List.of(), List.of(
                change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true),
                change("b", D30, null, "GOV", "HTS", ChangeKind.CAPTURED, true)), List.of(), successions, java.util.Map.of()));
        Instant april = ReportedTime.endOfDay(LocalDate.of(2025, 4, 2));
        assertEquals("SGOV", t.stateAt("x-town", april).orElseThrow().holder());
        assertEquals(ReportedTime.endOfDay(D30), t.holderSince("x-town", april).orElseThrow());
        assertEquals(ReportedTime.endOfDay(D30), t.stateSince("x-town", april).orElseThrow());
    }

    @Test
    void holderSince_startsAtTheCollapseForAPlaceTheFallenSideStillHeld() {
        ReportedTime dec8 = ReportedTime.ofDay(LocalDate.of(2024, 12, 8)), jan29 = ReportedTime.ofDay(LocalDate.of(2025, 1, 29));
        ControlTimeline t = new ControlTimeline(new Dataset(List.of(), List.of(), List.of(), List.of(
                change("a", D26, null, null, "GOV", ChangeKind.STATUS_QUO, true)), List.of(), List.of(
                new Succession("F1", "GOV", "HTS", dec8, SuccessionKind.COLLAPSE, "", List.of(new Citation("S1", ""))),
                new Succession("F2", "HTS", "SGOV", jan29, SuccessionKind.MERGED, "", List.of(new Citation("S1", "")))),
                java.util.Map.of()));
        assertEquals(ReportedTime.endOfDay(D26), t.holderSince("x-town", ReportedTime.endOfDay(D30)).orElseThrow());
        Instant april = ReportedTime.endOfDay(LocalDate.of(2025, 4, 2));
        assertEquals("SGOV", t.stateAt("x-town", april).orElseThrow().holder());
        assertEquals(dec8.instant(), t.holderSince("x-town", april).orElseThrow(), "held since the collapse, through the merger");
    }

    @Test
    void holderSince_followsASuccessionOfTheSameHolder_throughAContestedSpell() {
        ReportedTime jan29 = ReportedTime.ofDay(LocalDate.of(2025, 1, 29));
        ControlTimeline t = new ControlTimeline(new Dataset(List.of(), List.of(), List.of(), List.of(
                change("a", D26, null, null, "HTS", ChangeKind.STATUS_QUO, true),
                change("b", LocalDate.of(2025, 3, 1), null, "SGOV", "SDF", ChangeKind.CONTESTED, true)), List.of(),
                List.of(new Succession("F2", "HTS", "SGOV", jan29, SuccessionKind.MERGED, "", List.of(new Citation("S1", "")))),
                java.util.Map.of()));
        assertEquals(ReportedTime.endOfDay(D26), t.holderSince("x-town", ReportedTime.endOfDay(LocalDate.of(2025, 4, 2))).orElseThrow());
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
