package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ReportedTime;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.task.TaskRunner;

/** Well-known facts, read off the zones computed from the shipped dataset. */
class ShippedZonesTest {
    private static Dataset data;
    private static ZoneEngine engine;

    @BeforeAll
    static void load() {
        data = new DatasetReader().read(DataFiles.embedded()).dataset();
        engine = ZoneEngine.forDataset(data);
    }

    /** The locality whose English name contains {@code name} (case-insensitive) and is of one of the kinds. */
    private static Optional<Locality> named(String name, LocalityKind... kinds) {
        String n = name.toLowerCase(Locale.ROOT);
        return data.localities().stream().filter(l -> l.nameEn().toLowerCase(Locale.ROOT).contains(n))
                .filter(l -> kinds.length == 0 || java.util.Arrays.asList(kinds).contains(l.kind())).findFirst();
    }

    private static String factionAt(Locality l, String isoDate) {
        Instant at = ReportedTime.endOfDay(LocalDate.parse(isoDate));
        return engine.detailsAt(at, l.point()).orElseThrow(() -> new AssertionError(l.nameEn() + " outside the map")).faction();
    }

    @ParameterizedTest(name = "the point of {0} is held by {2} at the end of {1}")
    @CsvSource({
            "Aleppo Citadel, 2024-11-26, GOV",
            "Sheikh Maqsoud, 2024-12-01, SDF"})
    void wellKnownFacts(String name, String date, String faction) {
        assertEquals(faction, factionAt(named(name).orElseThrow(), date));
    }

    @Test
    void aleppoCitadel_isNotGovernmentHeldAfter30November() {
        Locality citadel = named("Aleppo Citadel").orElseThrow();
        for (String date : new String[] {"2024-11-30", "2024-12-01", "2024-12-08"}) {
            assertNotEquals("GOV", factionAt(citadel, date), date);
        }
    }

    @Test
    void sheikhMaqsoud_isAnSdfPocketInsideHtsAleppo_on1December() {
        Locality sm = named("Sheikh Maqsoud").orElseThrow(), citadel = named("Aleppo Citadel").orElseThrow();
        Instant at = ReportedTime.endOfDay(LocalDate.of(2024, 12, 1));
        PointDetails d = engine.detailsAt(at, sm.point()).orElseThrow();
        assertEquals(sm.id(), d.decidingLocality().id());
        assertEquals("HTS", factionAt(citadel, "2024-12-01"));
        assertTrue(d.zone().areaKm2() > 0);
    }

    @Test
    void everyLocalityOnTheMap_decidesItsOwnPosition() {
        Instant last = engine.snapshotInstants().get(engine.snapshotInstants().size() - 1);
        for (Locality l : data.localities()) {
            engine.detailsAt(last, l.point()).ifPresent(d -> assertEquals(l.id(),
                    d.decidingLocality() == null ? null : d.decidingLocality().id(), l.nameEn()));
        }
    }

    @Test
    void everySnapshot_isAValidCoverageOfTheMappedArea() {
        engine.precompute(new TaskRunner.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        double mapped = EqualAreaProjection.NORTHERN_SYRIA.areaKm2(MappedArea.northernSyria());
        for (Instant at : engine.snapshotInstants()) {
            ZoneSnapshot s = engine.snapshotAt(at);
            Geometry[] zones = s.zones().stream().map(Zone::geometry).toArray(Geometry[]::new);
            assertTrue(CoverageValidator.isValid(zones), "coverage at " + at);
            assertEquals(mapped, s.zones().stream().mapToDouble(Zone::areaKm2).sum(), mapped * 1e-6, "area at " + at);
        }
    }
}
