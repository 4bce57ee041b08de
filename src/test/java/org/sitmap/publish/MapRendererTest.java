package org.sitmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitmap.publish.PublishFixture.ALEPPO;
import static org.sitmap.publish.PublishFixture.DATA;
import static org.sitmap.publish.PublishFixture.ENGINE;
import static org.sitmap.publish.PublishFixture.endOf;
import static org.sitmap.publish.PublishFixture.place;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;

/** The map image, checked by content: colours at known places, the sources its footer names. */
class MapRendererTest {
    private static final MapRenderer RENDERER = PublishFixture.renderer();

    @ParameterizedTest(name = "{0} on {1} is drawn in {2}''s colour")
    @CsvSource({
            "Aleppo Citadel, 2024-11-26, GOV, aleppo",
            "Sheikh Maqsoud, 2024-12-01, SDF, aleppo",
            "Idlib, 2024-11-26, HTS, north",
            "Ar Raqqah, 2024-11-26, SDF, north",
            "Manbij, 2024-11-26, SDF, north"})
    void pixelAtAPlace_isItsHoldersColourOverTheBaseMap(String name, String date, String faction, String area) {
        RenderOptions options = RenderOptions.defaults().withEventWindow(Duration.ZERO);
        if (area.equals("aleppo")) options = options.withBbox(ALEPPO).withSize(1200, 720);
        Instant at = endOf(date);
        BufferedImage image = RENDERER.render(ENGINE.snapshotAt(at), at, options).image();
        BufferedImage base = RENDERER.baseMap(options);
        Locality l = place(name);
        MapView view = options.view();
        int x = (int) Math.floor(view.px(l.point().lon())), y = (int) Math.floor(view.py(l.point().lat()));

        Color expected = over(new Color(base.getRGB(x, y)), Color.decode(DATA.faction(faction).orElseThrow().color()),
                ZonePainter.FILL_OPACITY);
        Color actual = new Color(image.getRGB(x, y));
        assertTrue(close(expected, actual), name + " at " + x + "," + y + ": expected " + expected + " but was " + actual);
    }

    @Test
    void footer_namesTheSourcesOfTheChangesBehindTheZonesInView_newestFirst() {
        Instant at = endOf("2024-12-01");
        RenderOptions options = RenderOptions.defaults().withBbox(ALEPPO).withSize(1600, 900);
        Citations cited = RENDERER.render(ENGINE.snapshotAt(at), at, options).citations();

        Set<String> ids = new HashSet<>();
        cited.all().forEach(s -> ids.add(s.id()));
        for (String name : new String[] {"Aleppo Citadel", "Sheikh Maqsoud"}) {
            for (Citation c : decidingChange(place(name).id(), at).citations()) {
                assertTrue(ids.contains(c.sourceId()), name + "'s source " + c.sourceId() + " cited");
            }
        }
        assertFalse(cited.inFooter().isEmpty());
        assertEquals(cited.all().subList(0, cited.inFooter().size()), cited.inFooter());
        for (int i = 1; i < cited.all().size(); i++) {
            assertTrue(ZoneSources.latestBy(LocalDate.of(2024, 12, 1)).compare(cited.all().get(i - 1), cited.all().get(i)) < 0);
        }
    }

    @Test
    void aMapOf2025_namesTheReportsCurrentThenBeforeLaterOnes() {
        Instant at = endOf("2025-04-02");
        Citations cited = RENDERER.render(ENGINE.snapshotAt(at), at, RenderOptions.defaults().withSize(1600, 900)).citations();
        List<String> dates = cited.all().stream().map(org.sitmap.domain.Source::published).toList();
        int firstLater = 0;
        while (firstLater < dates.size() && !dates.get(firstLater).isEmpty() && dates.get(firstLater).compareTo("2025-04-02") <= 0) firstLater++;
        assertTrue(firstLater > 0, "reports published by 2 April 2025 come first: " + dates);
        assertTrue(dates.subList(firstLater, dates.size()).stream().allMatch(d -> d.isEmpty() || d.compareTo("2025-04-02") > 0),
                "then only later or undated reports: " + dates);
        for (int i = 1; i < firstLater; i++) assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first up to the date: " + dates);
    }

    @Test
    void beforeTheFirstChange_nothingIsCited() {
        Citations cited = RENDERER.render(ENGINE.snapshotAt(endOf("2024-11-01")), endOf("2024-11-01"),
                RenderOptions.defaults().withSize(640, 360)).citations();
        assertTrue(cited.all().isEmpty());
    }

    private static ControlChange decidingChange(String localityId, Instant at) {
        ControlChange last = null;
        for (ControlChange c : DATA.changes()) {
            if (c.used() && c.localityId().equals(localityId) && !c.when().instant().isAfter(at)) last = c;
        }
        if (last == null) throw new AssertionError("no change for " + localityId);
        return last;
    }

    /** {@code top} at {@code alpha} over {@code under}. */
    static Color over(Color under, Color top, double alpha) {
        return new Color(mix(under.getRed(), top.getRed(), alpha), mix(under.getGreen(), top.getGreen(), alpha),
                mix(under.getBlue(), top.getBlue(), alpha));
    }

    private static int mix(int a, int b, double alpha) {
        return (int) Math.round(a * (1 - alpha) + b * alpha);
    }

    static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 3 && Math.abs(a.getGreen() - b.getGreen()) <= 3
                && Math.abs(a.getBlue() - b.getBlue()) <= 3;
    }

    static Source source(String id) {
        return DATA.source(id).orElseThrow();
    }
}
