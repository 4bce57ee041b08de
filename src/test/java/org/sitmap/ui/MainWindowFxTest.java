package org.sitmap.ui;

import org.sitmap.ui.common.Selection;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.UiDates;
import org.sitmap.ui.common.Links;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapView;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.app.Main;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.Zone;
import org.sitmap.platform.AppPaths;
import org.sitmap.ui.events.EventListItem;
import org.sitmap.ui.map.ZonesLayer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The user flows end to end: the real main window, headless, on the shipped dataset in a temporary home. */
class MainWindowFxTest extends FxRobot {
    private static final Instant NOV26 = ReportedTime.endOfDay(LocalDate.of(2024, 11, 26));
    private static final Instant DEC1 = ReportedTime.endOfDay(LocalDate.of(2024, 12, 1));
    @TempDir
    Path home;
    private SitmapApp app;
    private MainWindow window;
    private Dataset data;
    private GeoPoint citadel;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
        app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths, Main.situationAt(paths.database())));
        window = app.window();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.zones().snapshotProperty().get() != null && window.completeProperty().get());
        data = window.situation().datasetProperty().get();
        citadel = UiFixtures.citadelPoint(data);
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> window.timeline().pause());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Moves the slider to the end of {@code day} and waits until the map shows that instant's zones. */
    private void slideTo(Instant t) throws Exception {
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        interact(() -> slider.setValue(window.timeline().positionOf(t)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.equals(window.zones().shownAtProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String holderInViewModel(GeoPoint p) {
        var point = new GeometryFactory().createPoint(new Coordinate(p.lon(), p.lat()));
        return window.zones().snapshotProperty().get().zones().stream()
                .filter(z -> z.faction() != null && z.geometry().covers(point)).map(Zone::faction).findFirst().orElse(null);
    }

    /** The faction whose translucent fill over white is nearest the zones layer's pixel at {@code p}. */
    private String holderByPixel(GeoPoint p) {
        Point2D xy = window.map().screenPositionOf(p);
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = window.map().zonesLayer().canvas().snapshot(null, null));
        Color seen = shot[0].getPixelReader().getColor((int) Math.round(xy.getX()), (int) Math.round(xy.getY()));
        FactionPalette palette = window.situation().paletteProperty().get();
        return palette.groundHolders().stream().min(Comparator.comparingDouble(f -> distance(seen, overWhite(palette.color(f.id())))))
                .orElseThrow().id();
    }

    private static Color overWhite(Color c) {
        double a = ZonesLayer.FILL_OPACITY;
        return Color.color(a * c.getRed() + 1 - a, a * c.getGreen() + 1 - a, a * c.getBlue() + 1 - a);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void launch_showsMapZonesLegendPanelAndSlider() {
        assertTrue(lookup("#map").queryAs(MapView.class).isVisible());
        assertTrue(lookup("#zonesCanvas").query().isVisible());
        assertFalse(window.zones().shapesProperty().get().isEmpty());
        assertTrue(lookup("#legend").query().isVisible());
        assertTrue(lookup("#eventPanel").query().isVisible());
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        assertTrue(slider.isVisible());
        assertTrue(slider.getMax() > 0);
        assertTrue(lookup("#statusBar").query().isVisible());
        assertTrue(home.resolve("data/sitmap.db").toFile().isFile());
    }

    @Test
    void draggingTheSliderThumb_landsOnAnInstantOfTheData_andTheThumbSitsOnIt() {
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        drag((javafx.scene.Node) lookup("#timelineSlider .thumb").query(), javafx.scene.input.MouseButton.PRIMARY).moveBy(-137, 0).moveBy(-60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Instant t = window.situation().instantProperty().get();
        boolean dayEnd = t.equals(ReportedTime.endOfDay(ReportedTime.localDate(t)));
        assertTrue(dayEnd || window.timeline().changeInstants().contains(t), "snapped to a day's end or a change: " + t);
        assertEquals(window.timeline().positionOf(t), slider.getValue(), 1e-6, "the thumb on the instant shown");
    }

    @Test
    void firstStart_opensOnTheLatestReports_andHomeGoesBackToTheStatusQuo() throws Exception {
        var period = data.period().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ReportedTime.endOfDay(period.last()).equals(window.zones().shownAtProperty().get()));
        clickOn("#timelineSlider");
        type(javafx.scene.input.KeyCode.HOME);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ReportedTime.endOfDay(period.first()).equals(window.zones().shownAtProperty().get()));
        assertEquals(LocalDate.of(2024, 11, 26), period.first());
    }

    @Test
    void slidingFrom26NovemberTo1December_turnsTheCitadelFromGovernmentToHts() throws Exception {
        interact(() -> window.map().show(citadel, 12));
        slideTo(NOV26);
        assertEquals("GOV", holderInViewModel(citadel));
        assertEquals("GOV", holderByPixel(citadel));
        slideTo(DEC1);
        assertEquals("HTS", holderInViewModel(citadel));
        assertEquals("HTS", holderByPixel(citadel));
    }

    @Test
    void clickingTheCitadel_opensDetailsNamingHtsWithASourceLink() throws Exception {
        interact(() -> window.map().show(citadel, 15));
        slideTo(DEC1);
        Point2D xy = window.map().screenPositionOf(citadel);
        clickOn(lookup("#map").query().localToScreen(xy));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup(".source-link").queryAll().isEmpty());
        // A dot may sit on the citadel (then the place's details show), else the zone's details show: both name HTS.
        Node details = lookup("#detailsPane").query();
        assertTrue(from(details).lookup((Label l) -> l.getText() != null && l.getText().contains("HTS"))
                .tryQuery().isPresent());
        Hyperlink link = lookup(".source-link").queryAs(Hyperlink.class);
        assertTrue(Links.isWebAddress(link.getTooltip().getText()));
    }

    @Test
    void selectingAnEvent_movesTheSliderToItsDate() throws Exception {
        clickOn("#upToSlider");
        @SuppressWarnings("unchecked")
        ListView<EventListItem> list = lookup("#eventList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() > 1);
        Node row = lookup(".event-row").match(Node::isVisible).query();  // a heading's cell holds a hidden row
        clickOn(row);
        EventListItem.Row selected = (EventListItem.Row) list.getSelectionModel().getSelectedItem();
        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        assertEquals(window.timeline().positionOf(selected.event().when().instant()), slider.getValue(), 1e-6);
        assertEquals(selected.event().when().instant(), window.situation().instantProperty().get());
    }

    @Test
    void space_playsAndTheDateAdvances() throws Exception {
        slideTo(NOV26);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.situation().instantProperty().get().isAfter(NOV26));
        assertTrue(window.timeline().playingProperty().get());
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.timeline().playingProperty().get());
    }

    @Test
    void filteringByType_narrowsTheList() throws Exception {
        clickOn("#upToSlider");
        int all = window.eventList().countProperty().get();
        assertTrue(all > 0);
        EventType rarest = Arrays.stream(EventType.values())
                .min(Comparator.comparingLong(t -> data.events().stream().filter(e -> e.type() == t).count())).orElseThrow();
        interact(() -> lookup("#typeFilter").<javafx.scene.control.ComboBox<EventType>>queryAs(
                (Class<javafx.scene.control.ComboBox<EventType>>) (Class<?>) javafx.scene.control.ComboBox.class).setValue(rarest));
        assertTrue(window.eventList().countProperty().get() < all);
        assertTrue(lookup("#eventList").queryAs(ListView.class).getItems().stream()
                .allMatch(i -> !(i instanceof EventListItem.Row r) || r.event().type() == rarest));
    }

    @Test
    void goToPlace_findsTalRifaatByItsUsualSpelling_andShowsWhoHeldItOnWhoseWord() throws Exception {
        slideTo(ReportedTime.endOfDay(LocalDate.of(2024, 11, 30)));
        press(KeyCode.SHORTCUT, KeyCode.G).release(KeyCode.G, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#placeQuery").tryQuery().isPresent());
        clickOn("#placeQuery").write("Tal Rifaat").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.situation().selectionProperty().get() instanceof Selection.Place);
        Selection.Place place = (Selection.Place) window.situation().selectionProperty().get();
        assertTrue(place.locality().nameEn().startsWith("Tall Rif"), place.locality().nameEn());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup(".source-link").queryAll().isEmpty());
    }

    @Test
    void theCompareDialog_writesDatesTheAppsWay_andShowsItsHelpInFull() throws Exception {
        slideTo(ReportedTime.endOfDay(LocalDate.of(2024, 12, 5)));
        press(KeyCode.SHORTCUT, KeyCode.D).release(KeyCode.D, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#compareDate").tryQuery().isPresent());
        javafx.scene.control.DatePicker picker = lookup("#compareDate").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.DialogPane pane = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getHeaderText().contains("5 Dec 2024"), pane.getHeaderText());
        assertEquals(UiDates.day(picker.getValue()), picker.getEditor().getText());
        Label help = lookup("#compareHelp").queryAs(Label.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) help.lookup(".text");
        assertEquals(help.getText(), shown.getText().replace("\n", " ").replaceAll("\\s+", " ").trim());
        clickOn(lookup(".dialog-pane .button").match((javafx.scene.control.Button b) -> b.isCancelButton())
                .queryAs(javafx.scene.control.Button.class));
    }
}
