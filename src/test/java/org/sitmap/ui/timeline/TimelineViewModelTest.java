package org.sitmap.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.ReportedTime;
import org.sitmap.ui.UiFixtures;

class TimelineViewModelTest {
    private final ObjectProperty<Instant> instant = new SimpleObjectProperty<>(ReportedTime.endOfDay(UiFixtures.NOV26));
    private TimelineViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new TimelineViewModel(instant);
        var d = UiFixtures.small();
        vm.setDataset(d, new ControlTimeline(d).changeInstants());
    }

    @Test
    void tick_whilePlaying_advancesBySpeedDaysPerSecond() {
        vm.speedProperty().set(2);
        vm.togglePlay();
        vm.tick(0.5);
        assertEquals(ReportedTime.endOfDay(UiFixtures.NOV26).plusSeconds(86400), instant.get());
    }

    @Test
    void draggingTheSlider_landsOnTheNearestDayEnd_andTheThumbFollowsOnRelease() {
        vm.positionProperty().set(1.3); // 07:11 on 28 November: nearer the end of the 27th than of the 28th
        assertEquals(ReportedTime.endOfDay(UiFixtures.NOV26.plusDays(1)), instant.get());
        assertEquals(1.3, vm.positionProperty().get(), 1e-9, "the thumb stays under the hand while dragging");
        vm.alignPosition();
        assertEquals(1.0, vm.positionProperty().get(), 1e-9);
    }

    @Test
    void draggingTheSlider_landsOnAControlChangesOwnTime_whenThatIsNearer() {
        Instant nineOn28 = java.time.LocalDate.of(2024, 11, 28).atTime(9, 0).toInstant(ReportedTime.SYRIA);
        var d = UiFixtures.small();
        List<Instant> changes = new java.util.ArrayList<>(new ControlTimeline(d).changeInstants());
        changes.add(nineOn28);
        changes.sort(null);
        vm.setDataset(d, changes);
        vm.positionProperty().set(1.3);
        assertEquals(nineOn28, instant.get());
    }

    @Test
    void tick_whilePaused_doesNothing() {
        vm.tick(3);
        assertEquals(ReportedTime.endOfDay(UiFixtures.NOV26), instant.get());
    }

    @Test
    void tick_pastTheEnd_stopsAtTheEndAndPauses() {
        vm.speedProperty().set(5);
        vm.togglePlay();
        vm.tick(100);
        assertTrue(vm.atEnd());
        assertFalse(vm.playingProperty().get());
    }

    @Test
    void togglePlay_atTheEnd_restartsFromTheStart() {
        vm.toEnd();
        vm.togglePlay();
        assertTrue(vm.playingProperty().get());
        assertEquals(ReportedTime.endOfDay(UiFixtures.NOV26), instant.get());
    }

    @Test
    void setDataset_periodRunsFromTheStatusQuoToTheLastFact_andCountsEventsPerDay() {
        assertEquals(UiFixtures.NOV26, vm.firstDayProperty().get());
        assertEquals(UiFixtures.DEC2, vm.lastDayProperty().get());
        int[] counts = vm.eventsPerDayProperty().get();
        assertEquals(7, counts.length);
        assertEquals(1, counts[4], "30 November");
        assertEquals(1, counts[6], "2 December");
    }

    @Test
    void nextChange_jumpsToTheNextChangeInstant() {
        vm.nextChange();
        assertEquals(ReportedTime.endOfDay(LocalDate.of(2024, 11, 29)), instant.get());
        assertEquals(List.of(ReportedTime.endOfDay(UiFixtures.NOV26), ReportedTime.endOfDay(LocalDate.of(2024, 11, 29)),
                ReportedTime.endOfDay(UiFixtures.NOV30)), vm.changeInstants());
    }

    @Test
    void zoomTo_showsOnlyThoseDays_andTheSliderPositionsCountFromTheirStart() {
        vm.zoomTo(UiFixtures.NOV30, LocalDate.of(2024, 11, 28));
        assertTrue(vm.zoomedProperty().get());
        assertEquals(LocalDate.of(2024, 11, 28), vm.shownFirstProperty().get());
        assertEquals(UiFixtures.NOV30, vm.shownLastProperty().get());
        assertEquals(2, vm.span(), 1e-9);
        assertEquals(ReportedTime.endOfDay(LocalDate.of(2024, 11, 28)), instant.get(), "the instant moved into the range");
        vm.positionProperty().set(1);
        assertEquals(ReportedTime.endOfDay(LocalDate.of(2024, 11, 29)), instant.get());
        vm.zoomOut();
        assertFalse(vm.zoomedProperty().get());
        assertEquals(3, vm.positionProperty().get(), 1e-9, "same instant, whole period");
    }

    @Test
    void steppingOutOfAZoomedRange_movesTheRangeAlongByItsLength() {
        vm.zoomTo(UiFixtures.NOV26, LocalDate.of(2024, 11, 28));
        vm.toEnd();  // beyond the range: the range pages forward until it holds 2 December
        assertEquals(UiFixtures.DEC2, vm.shownLastProperty().get());
        assertEquals(UiFixtures.NOV30, vm.shownFirstProperty().get());
        assertEquals(2, vm.positionProperty().get(), 1e-9);
        vm.stepDays(-3);  // 29 November, before the range
        assertEquals(LocalDate.of(2024, 11, 28), vm.shownFirstProperty().get());
        assertEquals(UiFixtures.NOV30, vm.shownLastProperty().get());
        assertTrue(vm.zoomedProperty().get());
    }

    @Test
    void zoomTo_aSingleDay_widensToTwoDaysWithinThePeriod() {
        vm.zoomTo(UiFixtures.DEC2, UiFixtures.DEC2);
        assertEquals(LocalDate.of(2024, 12, 1), vm.shownFirstProperty().get());
        assertEquals(UiFixtures.DEC2, vm.shownLastProperty().get());
    }

    @Test
    void speeds_reachAMonthPerSecond_andReadAsWeeksAndMonths() {
        assertEquals(30.0, TimelineViewModel.SPEEDS.get(TimelineViewModel.SPEEDS.size() - 1));
        assertEquals("1 month/s", TimelineViewModel.speedLabel(30));
        assertEquals("1 week/s", TimelineViewModel.speedLabel(7));
        assertEquals("2 days/s", TimelineViewModel.speedLabel(2));
        vm.speedProperty().set(30);
        vm.togglePlay();
        vm.tick(0.1);
        assertEquals(ReportedTime.endOfDay(UiFixtures.NOV26).plusSeconds(3 * 86400), instant.get());
    }

    @Test
    void densePeriods_markTheWeeksWithManyChanges_andOnlyThem() {
        var d = UiFixtures.shipped();
        vm.setDataset(d, new ControlTimeline(d).changeInstants());
        List<org.sitmap.domain.DayRange> dense = vm.densePeriods();
        assertFalse(dense.isEmpty());
        LocalDate dec1 = LocalDate.of(2024, 12, 1), jul1 = LocalDate.of(2025, 7, 1);
        assertTrue(dense.stream().anyMatch(r -> !dec1.isBefore(r.first()) && !dec1.isAfter(r.last())), "the offensive: " + dense);
        assertTrue(dense.stream().noneMatch(r -> !jul1.isBefore(r.first()) && !jul1.isAfter(r.last())), "the quiet summer of 2025: " + dense);
    }
}
