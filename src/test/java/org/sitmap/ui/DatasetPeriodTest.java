package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.DayRange;
import org.sitmap.domain.ReportedTime;

/** The timeline's ends come from the data, user rows included: nothing in the app fixes them. */
class DatasetPeriodTest {
    @Test
    void period_runsFromTheStatusQuoToTheLastFact() {
        assertEquals(new DayRange(UiFixtures.NOV26, UiFixtures.DEC2), UiFixtures.small().period().orElseThrow());
    }

    @Test
    void aUserRowAfterTheLastFact_movesTheEndOfThePeriod() {
        Dataset d = UiFixtures.small();
        List<ControlChange> changes = new ArrayList<>(d.changes());
        LocalDate later = LocalDate.of(2025, 1, 20);
        changes.add(new ControlChange("u.C.1", "gn163270", ReportedTime.ofDay(later), "HTS", "GOV", ChangeKind.CAPTURED,
                Confidence.LOW, true, "", List.of(new Citation("S1", ""))));
        Dataset withUserRow = new Dataset(d.factions(), d.localities(), d.sources(), changes, d.events());
        assertEquals(new DayRange(UiFixtures.NOV26, later), withUserRow.period().orElseThrow());
    }

    @Test
    void aDatasetWithoutFacts_hasNoPeriod() {
        Dataset d = UiFixtures.small();
        assertTrue(new Dataset(d.factions(), d.localities(), d.sources(), List.of(), List.of()).period().isEmpty());
    }
}
