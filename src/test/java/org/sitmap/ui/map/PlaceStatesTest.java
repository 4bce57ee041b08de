package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.ui.UiFixtures;

/** A place's state runs give what the timeline gives, at, just before and just after every instant a state changes. */
class PlaceStatesTest {
    private final Dataset shipped = UiFixtures.shipped();
    private final ControlTimeline timeline = new ControlTimeline(shipped);

    private List<Instant> probes() {
        List<Instant> out = new ArrayList<>();
        for (Instant t : timeline.changeInstants()) out.addAll(List.of(t.minusSeconds(1), t, t.plusSeconds(1)));
        return out;
    }

    @Test
    void runs_giveTheTimelinesHolderAndContestedFlag_acrossChangesAndSuccessions() {
        assertFalse(timeline.transfers().isEmpty(), "the shipped data has successions that transfer holdings");
        for (Locality l : shipped.localities()) {
            PlaceStates runs = new PlaceStates(timeline, l.id());
            for (Instant t : probes()) {
                ControlState s = timeline.stateAt(l.id(), t).orElse(null);
                int run = runs.runAt(t);
                assertEquals(s == null ? null : s.holder(), runs.holder(run), l.id() + " at " + t);
                assertEquals(s != null && s.contested(), runs.contested(run), l.id() + " contested at " + t);
            }
        }
    }

    @Test
    void marks_atEveryStep_carryTheTimelinesState_whetherReadFromTheTimelineOrFromRuns() {
        ControlTimeline fresh = new ControlTimeline(shipped);  // a new timeline: its first marks are read without runs
        for (int pass = 0; pass < 2; pass++) {
            for (Instant t : probes()) {
                List<LocalityMarks.Mark> marks = LocalityMarks.at(shipped, fresh, t, 11);
                assertEquals(shipped.localities().size(), marks.size());
                for (LocalityMarks.Mark m : marks) {
                    ControlState s = fresh.stateAt(m.locality().id(), t).orElse(null);
                    assertEquals(s == null ? null : s.holder(), m.holder(), m.locality().id() + " at " + t);
                    assertEquals(s != null && s.contested(), m.contested(), m.locality().id() + " contested at " + t);
                }
            }
        }
    }
}
