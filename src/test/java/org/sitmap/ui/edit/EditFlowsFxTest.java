package org.sitmap.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.domain.EditAction;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.Zone;
import org.sitmap.platform.Settings;
import org.sitmap.store.SituationStore;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.ui.common.FxTaskRunner;
import org.sitmap.ui.common.Links;
import org.sitmap.ui.MainWindow;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.UiFixtures;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing through the real main window, headless, on the small fixture dataset (Aleppo: GOV until HTS takes it on
 * 30 November, change C4): forms, undo, retract, history and corrections, checked on the zones the map shows.
 */
class EditFlowsFxTest extends FxRobot {
    private static final GeoPoint ALEPPO = new GeoPoint(36.20124, 37.16117);
    private static final LocalDate NOV30 = LocalDate.of(2024, 11, 30), DEC1 = LocalDate.of(2024, 12, 1),
            DEC2 = LocalDate.of(2024, 12, 2);
    @TempDir
    Path home;
    private FxTaskRunner tasks;
    private SituationStore store;
    private MainWindow window;
    private EditViewModel edits;
    private EditFeature feature;
    private final int[] counts = new int[3];

    @BeforeEach
    void open() throws Exception {
        Path db = home.resolve("edit.db");
        store = SqliteSituationStore.open(db);
        store.replaceBuiltin(UiFixtures.small(), "small");
        Stage stage = FxToolkit.registerPrimaryStage();
        tasks = new FxTaskRunner();
        SituationViewModel situation = new SituationViewModel(tasks, UiFixtures.unopened());
        interact(() -> {
            window = new MainWindow(stage, Settings.load(home.resolve("config")), tasks, situation, new Links(url -> { }));
            edits = new EditViewModel(tasks, situation, () -> SqliteSituationStore.open(db), () -> "Tester", Clock.systemUTC());
            feature = EditFeature.install(edits, stage, window.menuBar(), window.detailsPane());
            window.show();
            // Counted on the FX thread: datasets shown, engines made, snapshots since the last engine.
            situation.datasetProperty().addListener((o, a, b) -> count(0));
            situation.zoneEngineProperty().addListener((o, a, b) -> count(1));
            // Every new snapshot counts, also one equal to the last (an edit that leaves the zones as they were).
            window.zones().snapshotProperty().addListener((javafx.beans.Observable o) -> {
                window.zones().snapshotProperty().get();
                count(2);
            });
            situation.setDataset(loaded());
        });
        showDay(DEC2);
    }

    private void count(int what) {
        counts[what]++;
        if (what == 1) counts[2] = 0;
    }

    private org.sitmap.domain.Dataset loaded() {
        try {
            return store.load();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        store.close();
    }

    /** Moves the map to the end of {@code day} and waits until its zones show that instant. */
    private void showDay(LocalDate day) throws Exception {
        Instant t = ReportedTime.endOfDay(day);
        interact(() -> window.situation().instantProperty().set(t));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.zones().snapshotProperty().get() != null
                && t.equals(window.zones().shownAtProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String holderAt(GeoPoint p, LocalDate day) throws Exception {
        showDay(day);
        var point = new GeometryFactory().createPoint(new Coordinate(p.lon(), p.lat()));
        return window.zones().snapshotProperty().get().zones().stream()
                .filter(z -> z.faction() != null && z.geometry().covers(point)).map(Zone::faction).findFirst().orElse(null);
    }

    /** Waits until the edit view model has saved and the zones were recomputed from the reloaded data. */
    private void waitForSave(int historySize) throws Exception {
        // Checked on the FX thread, where the saved history and the reloaded dataset arrive together. Each dataset
        // shown gets its own engine, and zones fetched from a replaced engine are dropped: a snapshot after the
        // last engine shows the saved data.
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    !edits.busyProperty().get() && edits.history().size() == historySize
                            && counts[1] == counts[0] && counts[2] > 0).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved: " + edits.history().size() + " edits in the history, message '"
                    + edits.messageProperty().get() + "', datasets/engines/snapshots " + java.util.Arrays.toString(counts));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickMapAt(GeoPoint p) {
        Point2D xy = window.map().screenPositionOf(p);
        clickOn(window.map().localToScreen(xy));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pick(String comboId, String text) {
        clickOn(comboId);
        clickOn(lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && text.equals(c.getText())
                && c.getScene() != window.map().getScene()).<Node>query());
    }

    /** The details panel's button {@code id} for change {@code changeId}, scrolled into view. */
    private Button buttonFor(String id, String changeId) {
        Button b = lookup(id).match((Node n) -> changeId.equals(n.getUserData())).queryButton();
        interact(() -> {
            Node p = b.getParent();
            while (p != null && !(p instanceof ScrollPane)) p = p.getParent();
            ScrollPane sp = (ScrollPane) p;
            double top = sp.getContent().sceneToLocal(b.localToScene(b.getBoundsInLocal())).getMinY();
            double range = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, top - 20) / range));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return b;
    }

    /** Opens the form from a click on the map near Aleppo and fills a change to GOV on 2 December, minus the URL. */
    private void fillRetakingOfAleppo(String url) throws Exception {
        clickMapAt(ALEPPO);
        WaitForAsyncUtils.waitForFxEvents();
        // Looked up on the FX thread: tiles and zones still arriving change the scene graph, and a lookup walking it
        // from the test thread once met a children list that had shrunk under it.
        clickOn(WaitForAsyncUtils.asyncFx(() -> lookup("#recordChangeButton").queryButton()).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#changeForm").tryQuery().isPresent());
        interact(() -> { });
        clickOn("#dateField").eraseText(20).write("2024-12-02");
        pick("#toField", "GOV");
        clickOn("#outletField").write("SOHR");
        clickOn("#titleField").write("Government forces return to Aleppo");
        clickOn("#publishedField").write("2024-12-02");
        if (url != null) clickOn("#urlField").write(url);
    }

    private void saveNewRetaking() throws Exception {
        fillRetakingOfAleppo("https://www.syriahr.com/en/0001/");
        clickOn("#excerptField").write("government forces regained control of Aleppo");
        assertFalse(lookup("#saveButton").queryButton().isDisabled(), "a complete form can be saved");
        clickOn("#saveButton");
        waitForSave(2);
    }

    @Test
    void addingAChangeWithANewSource_givesTheZoneTheNewHolderAtThatDateAndNotBefore() throws Exception {
        assertEquals("HTS", holderAt(ALEPPO, DEC2));
        saveNewRetaking();
        assertEquals("GOV", holderAt(ALEPPO, DEC2));
        assertEquals("HTS", holderAt(ALEPPO, DEC1));
        assertEquals("SOHR", window.situation().datasetProperty().get().source("u.S.1").orElseThrow().outlet());
    }

    @Test
    void save_staysDisabledWithoutACitation_andWithAJavascriptUrl() throws Exception {
        fillRetakingOfAleppo(null);
        assertTrue(lookup("#saveButton").queryButton().isDisabled());
        assertEquals("quote the words of the report that support this", lookup("#excerptProblem").queryAs(Label.class).getText());
        clickOn("#urlField").write("javascript:alert(1)");
        clickOn("#excerptField").write("government forces regained control of Aleppo");
        assertTrue(lookup("#saveButton").queryButton().isDisabled());
        assertEquals("only http:// and https:// addresses are allowed, not 'javascript:'",
                lookup("#urlProblem").queryAs(Label.class).getText());
        assertTrue(lookup("#urlProblem").queryAs(Label.class).isVisible(), "the reason sits next to the URL field");
    }

    @Test
    void undo_restoresThePreviousMap_andRedoBringsTheEditBack() throws Exception {
        saveNewRetaking();
        assertEquals("GOV", holderAt(ALEPPO, DEC2));
        clickOn(window.map()).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForSave(4);
        assertEquals("HTS", holderAt(ALEPPO, DEC2));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForSave(6);
        assertEquals("GOV", holderAt(ALEPPO, DEC2));
    }

    @Test
    void retract_hidesTheChange_andHistoryRestoresIt_listingTheEditsInOrder() throws Exception {
        saveNewRetaking();
        clickMapAt(ALEPPO);
        clickOn(buttonFor("#retractButton", "u.C.1"));
        clickOn("#retractReason").write("SOHR withdrew the report");
        type(KeyCode.ENTER);
        waitForSave(3);
        assertEquals("HTS", holderAt(ALEPPO, DEC2));

        clickOn("#editMenu").clickOn("Edit history…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#historyTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<EditRecord> table = lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertEquals(List.of(EditAction.ADD, EditAction.ADD, EditAction.RETRACT), table.getItems().stream().map(EditRecord::action).toList());
        assertEquals(List.of("u.S.1", "u.C.1", "u.C.1"), table.getItems().stream().map(r -> r.write().rowId()).toList());
        assertEquals("Tester", table.getItems().get(2).author());
        EditRecord retraction = table.getItems().get(2);
        clickOn((Node) lookup(".table-row-cell").match((Node n) -> ((javafx.scene.control.TableRow<?>) n).getItem() == retraction).query());
        assertTrue(table.getSelectionModel().getSelectedItem() == retraction, "the retraction is selected");
        assertFalse(lookup("#unretractButton").queryButton().isDisabled(), "a retracted row can be shown again");
        clickOn("#unretractButton");
        waitForSave(4);
        assertEquals("GOV", holderAt(ALEPPO, DEC2));
    }

    @Test
    void correctingABuiltinChange_overridesIt_andRevertingRestoresIt() throws Exception {
        assertEquals("HTS", holderAt(ALEPPO, NOV30));
        clickMapAt(ALEPPO);
        clickOn(buttonFor("#correctButton", "C4"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#changeForm").tryQuery().isPresent());
        clickOn("#dateField").eraseText(20).write("2024-12-01");
        assertFalse(lookup("#saveButton").queryButton().isDisabled(), "the stored citation carries over");
        clickOn("#saveButton");
        waitForSave(1);
        assertEquals("GOV", holderAt(ALEPPO, NOV30));
        assertEquals("HTS", holderAt(ALEPPO, DEC1));
        clickMapAt(ALEPPO);
        assertTrue(lookup(".user-row-badge").match((Node n) -> ((Label) n).getText().equals("Your correction of C4")).tryQuery().isPresent());
        clickOn(buttonFor("#revertButton", "u.C.1"));
        waitForSave(2);
        assertEquals("HTS", holderAt(ALEPPO, NOV30));
    }

    @Test
    void addingAnEventThroughTheForm_storesItWithItsSource() throws Exception {
        clickOn("#editMenu").clickOn("Add an event…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#eventForm").tryQuery().isPresent());
        pick("#eventPlaceField", "Aleppo (gn170063)");
        clickOn("#actorsField").write("GOV, HTS");
        clickOn("#eventTitleField").write("Clashes at the airport road");
        clickOn("#outletField").write("SOHR");
        clickOn("#titleField").write("Clashes near Aleppo");
        clickOn("#publishedField").write("2024-12-02");
        clickOn("#urlField").write("https://www.syriahr.com/en/0002/");
        assertTrue(lookup("#saveEventButton").queryButton().isDisabled(), "no excerpt yet");
        clickOn("#excerptField").write("clashes broke out on the airport road");
        assertFalse(lookup("#saveEventButton").queryButton().isDisabled(), () -> "still refused: " + lookup(".field-problem")
                .queryAllAs(Label.class).stream().map(Label::getText).filter(t -> t != null && !t.isEmpty()).toList());
        clickOn("#saveEventButton");
        waitForSave(2);
        var event = window.situation().datasetProperty().get().events().stream().filter(e -> e.id().equals("u.E.1")).findFirst().orElseThrow();
        assertEquals(List.of("GOV", "HTS"), event.actors());
        assertEquals("u.S.1", event.citations().get(0).sourceId());
    }
}
