package org.sitmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;

class SourcingCheckTest {
    @ParameterizedTest(name = "{0} is the same page as {1}")
    @CsvSource({
            "https://www.trtworld.com:443/article/18238082, https://www.trtworld.com/article/18238082",
            "HTTPS://Example.com/a/, https://example.com/a",
            "https://example.com/%D8%AD%D9%84%D8%A8, https://example.com/حلب",
            "http://example.com:80/x#top, http://www.example.com/x"})
    void normalisedUrl_ignoresWhatDoesNotChangeThePage(String a, String b) {
        assertEquals(SourcingCheck.normalisedUrl(b), SourcingCheck.normalisedUrl(a));
    }

    @Test
    void normalisedUrl_keepsAnotherPort() {
        assertTrue(!SourcingCheck.normalisedUrl("https://e.com:8443/a").equals(SourcingCheck.normalisedUrl("https://e.com/a")));
    }

    private static Locality place(String id, String en, String ar) {
        return new Locality(id, en, ar, LocalityKind.VILLAGE, "Aleppo", new GeoPoint(36.2, 37.1),
                CoordinateSource.APPROXIMATE, "estimate", 2, null, null);
    }

    private static ControlChange change(String id, String locality, Confidence confidence, String... sourceAndExcerpt) {
        List<Citation> cs = new java.util.ArrayList<>();
        for (int i = 0; i < sourceAndExcerpt.length; i += 2) cs.add(new Citation(sourceAndExcerpt[i], sourceAndExcerpt[i + 1]));
        return new ControlChange(id, locality, ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), "GOV", "HTS",
                ChangeKind.CAPTURED, confidence, true, "", cs);
    }

    private static Dataset dataset(List<ControlChange> changes, Map<String, List<String>> aliases) {
        List<Faction> f = List.of(new Faction("GOV", "Gov", "", "#000000", true, List.of(), ""),
                new Faction("HTS", "HTS", "", "#111111", true, List.of(), ""));
        List<Locality> l = List.of(place("x-kafin", "Kafin", "كفين"), place("x-tell-mardikh", "Tell Mardikh (Ebla)", ""),
                place("x-herbel", "Herbel", "حربل"));
        List<Source> s = List.of(new Source("S1", "AFP", "t", "2024-12-01", "https://a.example/1", "en", ""),
                new Source("S2", "SOHR", "t", "2025-06-01", "https://b.example/2", "en", ""),
                new Source("S3", "AFP", "[URL slug] t", "2024-12-01", "https://a.example/1/", "en", ""));
        return new Dataset(f, l, s, changes, List.of(), List.of(), aliases);
    }

    @Test
    void excerptNamingThePlaceInArabicEnglishOrAlias_counts() {
        Dataset d = dataset(List.of(
                change("C1", "x-kafin", Confidence.MEDIUM, "S1", "سيطرت على قرية كفين"),
                change("C2", "x-tell-mardikh", Confidence.MEDIUM, "S1", "the ruins of Ebla were taken"),
                change("C3", "x-herbel", Confidence.MEDIUM, "S1", "The army also liberated Hirbil village")),
                Map.of("x-herbel", List.of("Hirbil")));
        SourcingReport r = new SourcingCheck().check(d);
        assertEquals(List.of("C1", "C2", "C3"), r.naming());
        assertEquals(1.0, r.placeNamingShare());
    }

    @Test
    void regionWideRowAboveLowWithOneOutlet_isOverConfident_unlessTwoOutletsAgree() {
        Dataset d = dataset(List.of(
                change("C1", "x-kafin", Confidence.MEDIUM, "S1", "the whole province fell"),
                change("C2", "x-herbel", Confidence.MEDIUM, "S1", "the whole province fell", "S2", "all of it fell"),
                change("C3", "x-tell-mardikh", Confidence.LOW, "S1", "the whole province fell")), Map.of());
        SourcingReport r = new SourcingCheck().check(d);
        assertEquals(List.of("C1", "C2", "C3"), r.notNaming());
        assertEquals(List.of("C1"), r.overConfident());
        assertEquals(0.0, r.placeNamingShare());
    }

    @Test
    void duplicateAddressesLateSourcesAndRebuiltTitles_areListed() {
        Dataset d = dataset(List.of(change("C1", "x-kafin", Confidence.LOW, "S2", "Kafin")), Map.of());
        SourcingReport r = new SourcingCheck().check(d);
        assertEquals(List.of(List.of("S1", "S3")), r.duplicateSources());
        assertEquals(List.of("C1: S2 (2025-06-01)"), r.lateCitations());
        assertEquals(List.of("S3"), r.reconstructedTitles());
    }
}
