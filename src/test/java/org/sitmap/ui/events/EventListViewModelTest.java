package org.sitmap.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.domain.EventType;
import org.sitmap.domain.ReportedTime;
import org.sitmap.task.DirectTaskRunner;
import org.sitmap.ui.common.Selection;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.UiFixtures;

class EventListViewModelTest {
    private SituationViewModel situation;
    private EventListViewModel vm;

    @BeforeEach
    void setUp() {
        situation = new SituationViewModel(new DirectTaskRunner(), UiFixtures.unopened());
        situation.setDataset(UiFixtures.small());
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.DEC2));
        vm = new EventListViewModel(situation);
    }

    private List<String> ids() {
        return vm.items().stream().filter(i -> i instanceof EventListItem.Row).map(i -> ((EventListItem.Row) i).event().id()).toList();
    }

    @Test
    void items_newestFirst_groupedUnderDayHeadings() {
        assertEquals(List.of("E2", "E3", "E1"), ids());
        assertInstanceOf(EventListItem.Day.class, vm.items().get(0));
        assertEquals(6, vm.items().size(), "three days, three events");
    }

    @Test
    void typeFilter_narrowsTheList() {
        vm.typeFilterProperty().set(EventType.AIRSTRIKE);
        assertEquals(List.of("E2"), ids());
        assertEquals(1, vm.countProperty().get());
    }

    @Test
    void actorFilter_keepsEventsNamingTheActor() {
        vm.actorFilterProperty().set("GOV");
        assertEquals(List.of("E3", "E1"), ids());
    }

    @Test
    void upToSlider_hidesLaterEvents_untilSwitchedOff() {
        situation.instantProperty().set(ReportedTime.endOfDay(UiFixtures.NOV30));
        assertEquals(List.of("E1"), ids());
        vm.upToSliderProperty().set(false);
        assertEquals(3, ids().size());
    }

    @ParameterizedTest
    @CsvSource({"citadel, E1", "حلب, E1", "aleppo, E1", "sohr, E2", "REDEPLOYMENT, E3"})
    void search_matchesTitlesPlacesInBothLanguagesAndOutlets(String query, String expected) {
        vm.searchProperty().set(query);
        assertEquals(List.of(expected), ids());
    }

    @Test
    void newestFirstOff_listsOldestFirst() {
        vm.newestFirstProperty().set(false);
        assertEquals(List.of("E1", "E3", "E2"), ids());
    }

    @Test
    void select_movesTheInstantToTheEventAndSelectsIt() {
        var e1 = situation.datasetProperty().get().events().get(0);
        vm.select(e1);
        assertEquals(e1.when().instant(), situation.instantProperty().get());
        assertEquals(e1, ((Selection.Incident) situation.selectionProperty().get()).event());
    }

    @Test
    void placeNames_followTheLabelLanguage() {
        var arabic = new javafx.beans.property.SimpleBooleanProperty(false);
        var list = new EventListViewModel(situation, arabic);
        java.util.function.Supplier<String> placeOfE1 = () -> list.items().stream()
                .filter(i -> i instanceof EventListItem.Row r && r.event().id().equals("E1"))
                .map(i -> ((EventListItem.Row) i).place()).findFirst().orElseThrow();
        assertEquals("Aleppo", placeOfE1.get());
        arabic.set(true);
        assertEquals("حلب", placeOfE1.get());
    }
}
