package org.sitmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.LocalityKind;
import org.sitmap.edit.EditProblem.Field;

class EditRulesTest {
    private final EditRules rules = new EditRules(EditFixtures.builtin(), LocalDate.of(2024, 12, 20));

    private List<Field> fields(ChangeDraft d) {
        return rules.checkChange(d).stream().map(EditProblem::field).toList();
    }

    private static ChangeDraft change(LocalDate date, String to, CitationDraft c) {
        return ChangeDraft.captured("L-DH", date, to, List.of(c));
    }

    @Test
    void completeChange_hasNoProblems() {
        assertEquals(List.of(), fields(change(LocalDate.of(2024, 12, 9), "SNA", EditFixtures.sohr())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            javascript:alert(1)  | only http:// and https:// addresses are allowed, not 'javascript:'
            https:///no-host     | the address has no host name
            ""                   | paste the address of the report, exactly as your browser shows it
            ftp://example.org/x  | only http:// and https:// addresses are allowed, not 'ftp:'
            HTTPS://example.org/ | write http:// or https:// in lower case
            """)
    void citationUrl_mustBeHttpWithHost(String url, String message) {
        var c = CitationDraft.newSource("SOHR", "t", "2024-12-09", url, "quote");
        var problems = rules.checkCitation(c, 0);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Field.URL, problems.get(0).field());
        assertEquals(message, problems.get(0).message());
    }

    @Test
    void incompleteNewSource_namesEachMissingField() {
        var c = new CitationDraft("", "", "", false, "", "https://example.org/a", "", "");
        assertEquals(List.of(Field.OUTLET, Field.TITLE, Field.PUBLISHED, Field.EXCERPT),
                rules.checkCitation(c, 0).stream().map(EditProblem::field).toList());
    }

    @Test
    void emptyTitle_isAcceptedOnlyWhenMarkedUnknown() {
        var c = new CitationDraft("", "SOHR", "", true, "2024-12", "https://example.org/a", "", "quote");
        assertEquals(List.of(), rules.checkCitation(c, 0));
    }

    @Test
    void existingSource_needsAnExcerptAndAKnownId() {
        assertEquals(List.of(Field.SOURCE, Field.EXCERPT),
                rules.checkCitation(CitationDraft.existing("S99", ""), 0).stream().map(EditProblem::field).toList());
    }

    @Test
    void newSourceWithAStoredUrl_pointsToTheStoredSource() {
        var c = CitationDraft.newSource("Reuters", "t", "2024-12-01", "https://example.org/reuters", "q");
        assertTrue(rules.checkCitation(c, 0).get(0).message().contains("already source S1"));
    }

    @Test
    void holder_mustBeAKnownFactionThatHoldsGround() {
        assertEquals(List.of(Field.TO), fields(change(LocalDate.of(2024, 12, 9), "XXX", EditFixtures.sohr())));
        assertEquals(List.of(Field.TO), fields(change(LocalDate.of(2024, 12, 9), "RUS", EditFixtures.sohr())));
        assertEquals(List.of(Field.TO), fields(change(LocalDate.of(2024, 12, 9), "GOV", EditFixtures.sohr())));
    }

    @Test
    void date_beforeTheDatasetOrInTheFuture_isRefused_andAfterItsEndNeedsConfirmation() {
        assertEquals(List.of(Field.DATE, Field.FROM), fields(change(LocalDate.of(2024, 11, 20), "SNA", EditFixtures.sohr())));
        assertEquals(List.of(Field.DATE), fields(change(LocalDate.of(2024, 12, 21), "SNA", EditFixtures.sohr())));
        ChangeDraft late = change(LocalDate.of(2024, 12, 18), "SNA", EditFixtures.sohr());
        assertEquals(List.of(Field.DATE), fields(late));
        assertEquals(List.of(), fields(late.withExtendRange(true)));
    }

    @Test
    void locality_mustLieInTheRegionWithItsCoordinateProvenance() {
        var outside = new LocalityDraft("Paris", "", LocalityKind.CITY, "", new GeoPoint(48.85, 2.35),
                CoordinateSource.APPROXIMATE, "estimated from the map", 2, null, null);
        assertEquals(List.of(Field.POSITION), rules.checkLocality(outside).stream().map(EditProblem::field).toList());
        var noError = new LocalityDraft("Um Jlud", "أم جلود", LocalityKind.VILLAGE, "Aleppo", new GeoPoint(36.5, 38.0),
                CoordinateSource.APPROXIMATE, "estimated from the map", 0, null, null);
        assertEquals(List.of(Field.COORD_ERROR), rules.checkLocality(noError).stream().map(EditProblem::field).toList());
        var latinAsArabic = new LocalityDraft("Um Jlud", "Um Jlud", LocalityKind.VILLAGE, "Aleppo", new GeoPoint(36.5, 38.0),
                CoordinateSource.GEONAMES, "", 0, 123L, null);
        assertEquals(List.of(Field.NAME_AR), rules.checkLocality(latinAsArabic).stream().map(EditProblem::field).toList());
    }
}
