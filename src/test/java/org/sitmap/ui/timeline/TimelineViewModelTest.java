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
}
