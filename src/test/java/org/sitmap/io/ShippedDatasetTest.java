package org.sitmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.ReportedTime;

/** The spot checks a reader can repeat on the shipped dataset, and its minimum sizes. */
class ShippedDatasetTest {
    private static Dataset data;
    private static ControlTimeline timeline;

    @BeforeAll
    static void read() {
        ReadResult read = new DatasetReader().read(DataFiles.embedded());
        assertEquals(List.of(), new DatasetValidator().validate(read));
        data = read.dataset();
        timeline = new ControlTimeline(data);
    }

    private static String holder(String localityId, String isoDate) {
        Instant at = ReportedTime.endOfDay(LocalDate.parse(isoDate));
        return timeline.stateAt(localityId, at).orElseThrow().holder();
    }

    /**
     * The shipped data meets the sourcing targets data/README.md states: at least 85 % of the used changes after the
     * status quo cite an excerpt naming their place, no region-wide row above low without two outlets, no duplicate
     * source, no rebuilt title.
     */
    @Test
    void sourcingReport_meetsTheStatedTargets() {
        SourcingReport r = new SourcingCheck().check(data);
        assertTrue(r.placeNamingShare() >= SourcingReport.PLACE_NAMING_TARGET,
                "place named in " + r.naming().size() + " of " + r.placeChanges() + "; not: " + r.notNaming());
        assertEquals(List.of(), r.overConfident(), "region-wide rows above low without two outlets");
        assertEquals(List.of(), r.duplicateSources());
        assertEquals(List.of(), r.reconstructedTitles());
    }

    @Test
    void holdingsPassThroughSuccessions_withoutRowsPerPlace() {
        assertEquals("GOV", holder("gn164052", "2024-12-07"));  // Slinfah, before the collapse
        assertEquals("HTS", holder("gn164052", "2024-12-08"));  // passed at the end of 8 December
        assertEquals("HTS", holder("gn170063", "2025-01-28"));  // Aleppo
        assertEquals("SGOV", holder("gn170063", "2025-01-29"));
        assertEquals(List.of("F0002"), timeline.stateAt("gn170063", ReportedTime.endOfDay(LocalDate.of(2025, 6, 1)))
                .orElseThrow().successions().stream().map(s -> s.id()).toList());
    }

    @Test
    void meetsTheMinimumSizes() {
        assertTrue(data.localities().size() >= 400, "localities: " + data.localities().size());
        assertTrue(data.changes().stream().filter(c -> c.kind() != ChangeKind.STATUS_QUO).count() >= 200);
        assertTrue(data.events().size() >= 200);
        assertTrue(data.sources().size() >= 80);
        assertTrue(data.sources().stream().map(s -> s.outlet()).distinct().count() >= 20);
    }

    @ParameterizedTest(name = "{0} held by {2} at the end of {1}")
    @CsvSource({
            "gn170063, 2024-11-26, GOV",          // Aleppo city
            "gn170063, 2024-12-01, HTS",
            "x-aleppo-citadel, 2024-11-26, GOV",
            "x-aleppo-citadel, 2024-11-30, HTS",
            "x-sheikh-maqsoud, 2024-11-26, SDF",  // stays SDF throughout
            "x-sheikh-maqsoud, 2024-12-15, SDF",
            "gn163476, 2024-11-26, SDF",          // Tal Rifaat passes from SDF to SNA
            "gn163476, 2024-12-02, SNA",
            "gn170017, 2024-12-04, GOV",          // Hama falls on 5 December
            "gn170017, 2024-12-05, HTS"})
    void wellKnownFacts(String locality, String date, String faction) {
        assertEquals(faction, holder(locality, date));
    }

    @ParameterizedTest(name = "seed report item: {0}")
    @CsvSource({
            "Iraqi militias cross, iraqi",
            "SOHR confirms Aleppo outside government control except Kurdish districts, kurdish",
            "Assad's phone call with Pezeshkian, pezeshkian",
            "Russian airstrikes, russian",
            "Russian and Iranian support, support",
            "China urges stability, china"})
    void seedReportItem_isASourcedEvent(String item, String keyword) {
        List<Event> matches = data.events().stream()
                .filter(e -> (e.title() + " " + e.summary()).toLowerCase(Locale.ROOT).contains(keyword)).toList();
        assertFalse(matches.isEmpty(), item);
        assertTrue(matches.stream().allMatch(e -> !e.citations().isEmpty()));
    }
}
