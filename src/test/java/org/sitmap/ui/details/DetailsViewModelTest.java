package org.sitmap.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.ReportedTime;
import org.sitmap.task.DirectTaskRunner;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.UiFixtures;

class DetailsViewModelTest {
    private SituationViewModel situation;
    private DetailsViewModel vm;
    private Dataset data;

    @BeforeEach
    void setUp() {
        situation = new SituationViewModel(new DirectTaskRunner(), UiFixtures.unopened());
        vm = new DetailsViewModel(new DirectTaskRunner(), situation);
        data = UiFixtures.shipped();
        situation.setDataset(data);
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.DEC1));
    }

    @Test
    void clickingTheCitadel_namesHtsWithSourcedChanges() {
        situation.selectPoint(UiFixtures.citadelPoint(data));
        Details.Point p = assertInstanceOf(Details.Point.class, vm.detailsProperty().get());
        assertEquals("HTS", p.details().faction());
        assertFalse(p.zoneChanges().isEmpty());
        assertTrue(p.zoneChanges().stream().anyMatch(r -> !r.sources().isEmpty()));
        assertNotNull(vm.highlightProperty().get(), "the clicked zone is outlined");
    }

    @Test
    void movingTheInstant_reasksAboutTheSamePoint() {
        situation.selectPoint(UiFixtures.citadelPoint(data));
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.NOV26));
        assertEquals("GOV", ((Details.Point) vm.detailsProperty().get()).details().faction());
    }

    @Test
    void selectingAPlace_showsItsHistory() {
        situation.selectPlace(UiFixtures.aleppoCitadel(data));
        Details.Place p = assertInstanceOf(Details.Place.class, vm.detailsProperty().get());
        assertEquals("HTS", p.state().holder());
        assertTrue(p.history().size() >= 2);
    }

    @Test
    void selectingAnEvent_listsItsSources() {
        situation.selectEvent(data.events().get(0));
        Details.Incident i = assertInstanceOf(Details.Incident.class, vm.detailsProperty().get());
        assertFalse(i.sources().isEmpty());
        assertTrue(i.sources().get(0).url().startsWith("http"));
    }

    @Test
    void movingWithinAQuietDay_keepsTheSameAnswer() {
        situation.selectPoint(UiFixtures.citadelPoint(data));
        Details shown = vm.detailsProperty().get();
        var changes = situation.timelineProperty().get().changeInstants();
        var now = situation.instantProperty().get();
        assertEquals(org.sitmap.ui.common.ChangeIndex.floor(changes, now), org.sitmap.ui.common.ChangeIndex.floor(changes, now.plusSeconds(60)));
        situation.instantProperty().set(now.plusSeconds(60));
        assertSame(shown, vm.detailsProperty().get());
    }
}
