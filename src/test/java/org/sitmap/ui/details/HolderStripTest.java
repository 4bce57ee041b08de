package org.sitmap.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.ReportedTime;
import org.sitmap.ui.UiFixtures;

class HolderStripTest {
    @Test
    void stretches_runFromEachChangeToTheNext() {
        var d = UiFixtures.small();
        var history = new ControlTimeline(d).history("gn170063");
        Instant start = ReportedTime.endOfDay(UiFixtures.NOV26);
        Instant end = ReportedTime.endOfDay(UiFixtures.DEC2);
        var s = HolderStrip.stretches(history, start, end);
        assertEquals(2, s.size());
        assertEquals("GOV", s.get(0).state().holder());
        assertEquals(ReportedTime.endOfDay(UiFixtures.NOV30), s.get(0).to());
        assertEquals("HTS", s.get(1).state().holder());
        assertEquals(end, s.get(1).to());
    }

    @Test
    void stretches_beforeAnySourcedChange_haveNoState() {
        var d = UiFixtures.small();
        var history = new ControlTimeline(d).history("gn170063").subList(1, 2);
        var s = HolderStrip.stretches(history, ReportedTime.endOfDay(UiFixtures.NOV26), ReportedTime.endOfDay(UiFixtures.DEC2));
        assertNull(s.get(0).state());
        assertEquals("HTS", s.get(1).state().holder());
    }
}
