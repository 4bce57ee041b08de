package org.sitmap.ui.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.domain.Locality;
import org.sitmap.ui.UiFixtures;

class PlaceSearchTest {
    private final PlaceSearch search = new PlaceSearch(UiFixtures.small().localities());

    @ParameterizedTest
    @CsvSource({"aleppo, Aleppo", "ALEP, Aleppo", "حلب, Aleppo", "sara, Saraqib", "سراقب, Saraqib", "al-Saraqib, Saraqib", "raqib, Saraqib"})
    void find_matchesEnglishAndArabicNames(String query, String expected) {
        assertEquals(expected, search.find(query, 5).get(0).nameEn());
    }

    @ParameterizedTest
    @CsvSource({"'   '", "xyz"})
    void find_blankOrUnknown_findsNothing(String query) {
        assertTrue(search.find(query, 5).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"a, 2"})
    void find_ranksBiggerPlacesFirstAmongEqualMatches(String query, int count) {
        var found = search.find(query, 5);
        assertEquals(count, found.size());
        assertEquals("Aleppo", found.stream().map(Locality::nameEn).findFirst().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"Tal Rifaat, gn163476", "tall rif'at, gn163476", "تل رفعت, gn163476"})
    void find_inTheShippedDataset_toleratesTransliterations(String query, String id) {
        var shipped = new PlaceSearch(UiFixtures.shipped().localities());
        assertEquals(id, shipped.find(query, 5).get(0).id());
    }
}
