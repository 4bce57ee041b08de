package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.domain.ReportedTime;
import org.sitmap.ui.UiFixtures;

class MapHelpersTest {
    @ParameterizedTest
    @CsvSource({"130, 100", "99, 50", "260, 200", "7400, 5000", "1, 1"})
    void scaleBar_roundsDownTo125(double metres, double expected) {
        assertEquals(expected, ScaleBar.roundLength(metres), 1e-9);
    }

    @Test
    void metresPerPixel_atTheEquatorAndZoom0_isTheCircumferenceOver256() {
        assertEquals(156_543.03, ScaleBar.metresPerPixel(0, 0), 0.01);
        assertTrue(ScaleBar.metresPerPixel(36, 9) < ScaleBar.metresPerPixel(0, 9));
    }

    @Test
    void recentEvents_keepsPlacedEventsInsideTheWindow_withAge() {
        var d = UiFixtures.small();
        var marked = RecentEvents.within(d, ReportedTime.endOfDay(UiFixtures.DEC1), Duration.ofHours(48));
        // E1 (30 Nov, at Aleppo) is inside; E3 has no place; E2 is later.
        assertEquals(List.of("E1"), marked.stream().map(m -> m.event().id()).toList());
        assertEquals(0.5, marked.get(0).age(), 1e-6);
        assertTrue(RecentEvents.opacity(1) < RecentEvents.opacity(0));
    }

    @Test
    void clusters_mergeCloseMarkers_keepFarOnesApart() {
        var c = MarkerClusters.of(List.of("a", "b", "c"),
                List.of(new Point2D(0, 0), new Point2D(5, 5), new Point2D(100, 0)), 20);
        assertEquals(2, c.size());
        assertEquals(List.of("a", "b"), c.get(0).items());
    }

    @Test
    void localityMarks_noDotsAtCountryScale_dotsWhenZoomedIn() {
        var d = UiFixtures.small();
        var t = new org.sitmap.domain.ControlTimeline(d);
        assertTrue(LocalityMarks.at(d, t, ReportedTime.endOfDay(UiFixtures.DEC1), 7).isEmpty());
        var marks = LocalityMarks.at(d, t, ReportedTime.endOfDay(UiFixtures.DEC1), 10);
        assertEquals("Aleppo", marks.get(0).locality().nameEn(), "the city first");
        assertEquals("HTS", marks.get(0).holder());
    }

    @ParameterizedTest
    @CsvSource({"'Ehdas (ANF spelling; uncertain)', Ehdas", "Tal Rifaat, Tal Rifaat", "'(odd)', '(odd)'"})
    void shortName_dropsParenthesisedRemarks(String name, String label) {
        assertEquals(label, LocalityMarks.shortName(name));
    }

    @Test
    void legendDelta_showsADashWhenThereIsNoDayBefore() {
        assertEquals("—", LegendView.delta(Double.NaN));
        assertEquals("+1,200", LegendView.delta(1200));
        assertEquals("±0", LegendView.delta(0.2));
    }
}
