package org.sitmap.ui;

import java.time.LocalDate;
import java.time.LocalTime;
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
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;
import org.sitmap.store.SituationService;

/** Datasets for view-model tests: a small hand-made one, and the shipped one. */
public final class UiFixtures {
    public static final LocalDate NOV26 = LocalDate.of(2024, 11, 26), NOV30 = LocalDate.of(2024, 11, 30),
            DEC1 = LocalDate.of(2024, 12, 1), DEC2 = LocalDate.of(2024, 12, 2);

    private UiFixtures() {
    }

    /** A situation for view models that are given their dataset directly: opening it fails the test. */
    /** Starts the real window on the shipped data in a fresh home under {@code home}; returns once it shows zones. */
    public static SitmapApp launchApp(java.nio.file.Path home) throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        org.sitmap.platform.AppPaths paths = new org.sitmap.platform.AppPaths(home.resolve("data"), home.resolve("config"),
                home.resolve("state"), home.resolve("cache"));
        SitmapApp app = (SitmapApp) org.testfx.api.FxToolkit.setupApplication(
                () -> new SitmapApp(paths, org.sitmap.app.Main.situationAt(paths.database())));
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.window().zones().snapshotProperty().get() != null && app.window().completeProperty().get());
        return app;
    }

    /** Stops a window started by {@link #launchApp} and closes its stages. */
    public static void closeApp(SitmapApp app) throws Exception {
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    public static SituationService unopened() {
        return () -> {
            throw new AssertionError("this test gives the view model its dataset; nothing should open the store");
        };
    }

    /** The dataset that ships in {@code data/}. */
    public static Dataset shipped() {
        return new DatasetReader().read(DataFiles.embedded()).dataset();
    }

    /** Aleppo and Saraqib, GOV until HTS takes them; three events (capture, airstrike, statement). */
    public static Dataset small() {
        List<Faction> factions = List.of(
                new Faction("GOV", "Syrian government", "", "#D55E00", true, List.of(), ""),
                new Faction("HTS", "Hay'at Tahrir al-Sham", "", "#009E73", true, List.of(), ""),
                new Faction("RUS", "Russia", "", "#777777", false, List.of(), ""));
        List<Locality> places = List.of(
                place("gn170063", "Aleppo", "حلب", LocalityKind.CITY, 36.20124, 37.16117, 1_602_264L),
                place("gn163270", "Saraqib", "سراقب", LocalityKind.TOWN, 35.86, 36.80, 30_000L));
        List<Source> sources = List.of(
                new Source("S1", "Reuters", "Rebels enter Aleppo", "2024-11-30", "https://example.org/a", "en", ""),
                new Source("S2", "SOHR", "", "2024-12-02", "https://example.org/b", "en", ""));
        List<ControlChange> changes = List.of(
                change("C1", "gn170063", NOV26, null, "GOV", ChangeKind.STATUS_QUO, "S1"),
                change("C2", "gn163270", NOV26, null, "GOV", ChangeKind.STATUS_QUO, "S1"),
                change("C3", "gn163270", LocalDate.of(2024, 11, 29), "GOV", "HTS", ChangeKind.CAPTURED, "S2"),
                change("C4", "gn170063", NOV30, "GOV", "HTS", ChangeKind.CAPTURED, "S1"));
        List<Event> events = List.of(
                new Event("E1", ReportedTime.ofDay(NOV30), EventType.CAPTURE, "gn170063", null, List.of("HTS", "GOV"),
                        "Insurgents take Aleppo's citadel", "", null, Confidence.MEDIUM, List.of(new Citation("S1", ""))),
                new Event("E2", new ReportedTime(DEC2, LocalTime.of(14, 0), Precision.HOUR), EventType.AIRSTRIKE, null,
                        new GeoPoint(35.93, 36.63), List.of("RUS"), "Strikes on Idlib", "", 4, Confidence.LOW,
                        List.of(new Citation("S2", ""))),
                new Event("E3", ReportedTime.ofDay(DEC1), EventType.STATEMENT, null, null, List.of("GOV"),
                        "Army announces redeployment", "", null, Confidence.HIGH, List.of(new Citation("S1", ""))));
        return new Dataset(factions, places, sources, changes, events);
    }

    private static Locality place(String id, String en, String ar, LocalityKind kind, double lat, double lon, Long pop) {
        return new Locality(id, en, ar, kind, "Aleppo", new GeoPoint(lat, lon), CoordinateSource.GEONAMES, id, 0, null, pop);
    }

    private static ControlChange change(String id, String loc, LocalDate d, String from, String to, ChangeKind k, String src) {
        return new ControlChange(id, loc, ReportedTime.ofDay(d), from, to, k, Confidence.HIGH, true, "",
                List.of(new Citation(src, "excerpt")));
    }

    /** The locality named "Aleppo Citadel" if the dataset has one, else "Aleppo". */
    public static Locality aleppoCitadel(Dataset d) {
        return d.localities().stream().filter(l -> l.nameEn().equalsIgnoreCase("Aleppo Citadel")).findFirst()
                .or(() -> d.localities().stream().filter(l -> l.nameEn().equalsIgnoreCase("Aleppo")).findFirst())
                .orElseThrow();
    }

    /** The citadel's position: the locality's when the dataset has it, else the citadel's own coordinates. */
    public static GeoPoint citadelPoint(Dataset d) {
        Locality l = aleppoCitadel(d);
        return l.nameEn().equalsIgnoreCase("Aleppo Citadel") ? l.point() : new GeoPoint(36.19939, 37.16280);
    }
}
