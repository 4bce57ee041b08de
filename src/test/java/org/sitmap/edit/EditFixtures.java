package org.sitmap.edit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.store.SituationStore;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreException;

/**
 * A small built-in dataset for edit tests: Deir Hafer (L-DH) and Maskanah (L-MS) held by GOV from 26 Nov 2024,
 * Maskanah taken by HTS on 1 Dec (C-MS1), one event on 15 Dec ending the dataset.
 */
public final class EditFixtures {
    public static final LocalDate D26 = LocalDate.of(2024, 11, 26);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-20T10:00:00Z"), ZoneOffset.UTC);

    private EditFixtures() {
    }

    public static Dataset builtin() {
        List<Faction> factions = List.of(
                new Faction("GOV", "Government", "", "#E69F00", true, List.of(), ""),
                new Faction("HTS", "HTS", "", "#009E73", true, List.of(), ""),
                new Faction("SNA", "SNA", "", "#56B4E9", true, List.of(), ""),
                new Faction("RUS", "Russia", "", "#999999", false, List.of(), ""));
        List<Locality> localities = List.of(
                new Locality("L-DH", "Deir Hafer", "دير حافر", LocalityKind.TOWN, "Aleppo", new GeoPoint(36.156, 37.708),
                        CoordinateSource.APPROXIMATE, "test", 1, null, 15000L),
                new Locality("L-MS", "Maskanah", "مسكنة", LocalityKind.TOWN, "Aleppo", new GeoPoint(35.96, 38.04),
                        CoordinateSource.APPROXIMATE, "test", 1, null, 20000L));
        Source s = new Source("S1", "Reuters", "Rebels advance", "2024-12-01", "https://example.org/reuters", "en", "");
        List<Citation> cite = List.of(new Citation("S1", "rebels advanced"));
        List<ControlChange> changes = List.of(
                new ControlChange("C-DH0", "L-DH", ReportedTime.ofDay(D26), null, "GOV", ChangeKind.STATUS_QUO, Confidence.HIGH, true, "", cite),
                new ControlChange("C-MS0", "L-MS", ReportedTime.ofDay(D26), null, "GOV", ChangeKind.STATUS_QUO, Confidence.HIGH, true, "", cite),
                new ControlChange("C-MS1", "L-MS", ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), "GOV", "HTS",
                        ChangeKind.CAPTURED, Confidence.HIGH, true, "", cite));
        List<Event> events = List.of(new Event("E1", ReportedTime.ofDay(LocalDate.of(2024, 12, 15)), EventType.STATEMENT,
                null, null, List.of("HTS"), "A statement", "", null, Confidence.HIGH, cite));
        return new Dataset(factions, localities, List.of(s), changes, events);
    }

    /** A store at {@code db} holding {@link #builtin()}. */
    public static SituationStore store(Path db) throws StoreException {
        SituationStore store = SqliteSituationStore.open(db);
        store.replaceBuiltin(builtin(), "fixture");
        return store;
    }

    public static CitationDraft sohr() {
        return CitationDraft.newSource("SOHR", "SNA enters Deir Hafer", "2024-12-09", "https://www.syriahr.com/en/1234/",
                "the SNA took control of Deir Hafer");
    }
}
