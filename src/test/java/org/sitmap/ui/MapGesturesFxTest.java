package org.sitmap.ui;

import org.sitmap.ui.common.Selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.app.Main;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.platform.AppPaths;
import org.sitmap.ui.map.EventsLayer;
import org.sitmap.ui.map.MapPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The map under real gestures: drag, keys, wheel, clicks on dots and clusters; and an idle map that stays idle. */
class MapGesturesFxTest extends FxRobot {
    private static final Instant NOV30 = ReportedTime.endOfDay(LocalDate.of(2024, 11, 30));
    @TempDir
    Path home;
    private SitmapApp app;
    private MainWindow window;
    private MapPane map;
    private Dataset data;

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
        app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths, Main.situationAt(paths.database())));
        window = app.window();
        map = window.map();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.zones().snapshotProperty().get() != null && window.completeProperty().get());
        data = window.situation().datasetProperty().get();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> window.timeline().pause());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void slideTo(Instant t) throws Exception {
        interact(() -> window.situation().instantProperty().set(t));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.equals(window.zones().shownAtProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D mapMiddleOnScreen() {
        Node view = map.mapView();
        return view.localToScreen(view.getLayoutBounds().getWidth() / 2, view.getLayoutBounds().getHeight() / 2);
    }

    /** Waits up to 5 s for {@code condition}: the map publishes its centre and zoom on its next layout pass. */
    private static void eventually(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s");
        }
    }

    private Locality named(String name) {
        return data.localities().stream().filter(l -> l.nameEn().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void draggingTheMap_movesItsCentre() {
        interact(() -> map.show(MapPane.ALEPPO, 9));
        GeoPoint before = map.centreProperty().get();
        Point2D from = mapMiddleOnScreen(); // on the Aleppo dot: a drag that starts on a dot pans too
        drag(from, MouseButton.PRIMARY).moveBy(-150, 0).moveBy(-150, -100).drop();
        WaitForAsyncUtils.waitForFxEvents();
        eventually(() -> map.centreProperty().get().lon() > before.lon() + 0.2);
        GeoPoint after = map.centreProperty().get();
        assertTrue(after.lon() > before.lon() + 0.2, before + " → " + after);
        assertTrue(after.lat() < before.lat() - 0.05, before + " → " + after);
    }

    @Test
    void pressingD_withTheMapFocused_pansEast_andTheArrowsStillStepTheTimeline() throws Exception {
        slideTo(NOV30);
        interact(() -> map.show(MapPane.ALEPPO, 9));
        interact(() -> map.mapView().requestFocus());
        GeoPoint before = map.centreProperty().get();
        type(KeyCode.D);
        eventually(() -> map.centreProperty().get().lon() > before.lon() + 0.1);
        type(KeyCode.W);
        eventually(() -> map.centreProperty().get().lat() > before.lat() + 0.05);
        type(KeyCode.RIGHT);
        assertEquals(ReportedTime.endOfDay(LocalDate.of(2024, 12, 1)), window.situation().instantProperty().get());
    }

    @Test
    void aWheelNotch_zoomsHalfALevelTowardsThePointer_andTheStatusBarFollows() {
        interact(() -> map.show(MapPane.ALEPPO, 9));
        double scaleBefore = scaleBarWidth();
        Node view = map.mapView();
        Point2D corner = new Point2D(view.getLayoutBounds().getWidth() * 0.25, view.getLayoutBounds().getHeight() * 0.25);
        GeoPoint underPointer = toGeo(corner);
        // Which way TestFX's robot turns the wheel differs between robots; one notch is half a level either way.
        moveTo(view.localToScreen(corner)).scroll(1, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = map.zoomProperty().get();
        assertEquals(0.5, Math.abs(zoomed - 9), 1e-9);
        assertEquals(String.format(java.util.Locale.ROOT, "Zoom %.1f", zoomed), lookup("#zoomLevel").queryAs(Label.class).getText());
        assertNotEquals(scaleBefore, scaleBarWidth(), 0.5);
        GeoPoint stillUnderPointer = toGeo(corner);
        assertEquals(underPointer.lat(), stillUnderPointer.lat(), 1e-3);
        assertEquals(underPointer.lon(), stillUnderPointer.lon(), 1e-3);
        scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9 - (zoomed - 9), map.zoomProperty().get(), 1e-9);
    }

    private double scaleBarWidth() {
        return lookup(".scale-bar-line").queryAs(javafx.scene.layout.Region.class).getPrefWidth();
    }

    private GeoPoint toGeo(Point2D xy) {
        var p = map.mapView().getMapPosition(xy.getX(), xy.getY());
        return new GeoPoint(p.getLatitude(), p.getLongitude());
    }

    @Test
    void clickingAleppo_atZoom9_on30November_selectsAleppo() throws Exception {
        slideTo(NOV30);
        interact(() -> map.show(MapPane.ALEPPO, 9));
        Locality aleppo = named("Aleppo");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(map.mapView().localToScreen(map.screenPositionOf(aleppo.point())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, map.zoomProperty().get(), 1e-9);
        Selection s = window.situation().selectionProperty().get();
        assertTrue(s instanceof Selection.Place p && p.locality().equals(aleppo), String.valueOf(s));
    }

    @Test
    void aClusterShowsItsCount_andClickingItZoomsIn() throws Exception {
        slideTo(NOV30);
        interact(() -> {
            window.options().eventWindowProperty().set(Duration.ofDays(7));
            map.show(MapPane.ALEPPO, 7);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cluster = lookup("." + EventsLayer.CLUSTER).match((Node n) -> Boolean.TRUE.equals(n.getProperties().get(EventsLayer.ZOOMS_IN)))
                .query();
        int count = Integer.parseInt(from(cluster).lookup(".label").queryAs(Label.class).getText());
        assertTrue(count > 1);
        assertTrue(cluster.isVisible() && cluster.getLayoutBounds().getWidth() > 0);
        clickOn(cluster);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, map.zoomProperty().get(), 1e-9);
        assertFalse(window.situation().selectionProperty().get() instanceof Selection.Place);
    }

    @Test
    void markersFollowTheTimelineKeys_reusingTheirNodes_andAClickSelectsTheEventShownNow() throws Exception {
        slideTo(NOV30);
        interact(() -> {
            window.options().eventWindowProperty().set(Duration.ofDays(7));
            map.show(MapPane.ALEPPO, 11);
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(mapMiddleOnScreen());  // the map takes the keyboard: the arrows step the timeline
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<Node> nodes = markerNodes();
        Instant start = window.situation().instantProperty().get();
        type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Instant later = window.situation().instantProperty().get();
        assertTrue(later.isAfter(start), later + " after " + start);
        java.util.Set<Node> grown = markerNodes();
        assertTrue(grown.containsAll(nodes), "the nodes of the earlier markers are kept");
        type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(grown, markerNodes(), "stepping back makes no node");
        // A marker whose node showed another event before the steps selects the event it shows now.
        java.util.Set<String> inWindow = new java.util.HashSet<>();
        org.sitmap.ui.map.RecentEvents.within(data, window.situation().instantProperty().get(), Duration.ofDays(7))
                .forEach(m -> inWindow.add(m.event().id()));
        Node marker = lookup("." + EventsLayer.MARKER).match(Node::isVisible).query();
        clickOn(marker);
        WaitForAsyncUtils.waitForFxEvents();
        Selection s = window.situation().selectionProperty().get();
        assertTrue(s instanceof Selection.Incident i && inWindow.contains(i.event().id()), s + " within " + inWindow);
    }

    @Test
    void aPlacesDot_takesItsNewHoldersColour_whenTheTimelineMoves() throws Exception {
        Locality citadel = UiFixtures.aleppoCitadel(data);
        Instant nov26 = ReportedTime.endOfDay(UiFixtures.NOV26), dec1 = ReportedTime.endOfDay(UiFixtures.DEC1);
        interact(() -> map.show(citadel.point(), 12));
        slideTo(nov26);
        javafx.scene.shape.Circle dot = lookup(".locality-dot").match((javafx.scene.shape.Circle c) -> c.isVisible()
                && map.screenPositionOf(citadel.point()).distance(c.getCenterX(), c.getCenterY()) < 0.5).query();
        assertEquals(holderColour(citadel, nov26), dot.getFill());
        clickOn(mapMiddleOnScreen());  // the map takes the keyboard: the arrows step the timeline
        for (int i = 0; i < 20 && window.situation().instantProperty().get().isBefore(dec1); i++) type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Instant now = window.situation().instantProperty().get();
        assertFalse(now.isBefore(dec1), now.toString());
        assertNotEquals(holderColour(citadel, nov26), holderColour(citadel, now), "the citadel changed hands");
        assertEquals(holderColour(citadel, now), dot.getFill());
    }

    private javafx.scene.paint.Paint holderColour(Locality place, Instant at) {
        String holder = window.situation().timelineProperty().get().stateAt(place.id(), at).orElseThrow().holder();
        return window.situation().paletteProperty().get().color(holder);
    }

    private java.util.Set<Node> markerNodes() {
        java.util.Set<Node> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(lookup("." + EventsLayer.MARKER).queryAll());
        out.addAll(lookup("." + EventsLayer.CLUSTER).queryAll());
        return out;
    }

    @Test
    void anIdleMap_doesNotRedraw() throws Exception {
        slideTo(NOV30);
        interact(() -> {
            window.options().eventWindowProperty().set(Duration.ofDays(7));
            map.show(MapPane.ALEPPO, 8);
        });
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        long before = map.layerRedraws();
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, map.layerRedraws());
    }

    @Test
    void aNewSelection_opensTheDetailsAtTheTop() throws Exception {
        slideTo(NOV30);
        interact(() -> window.situation().selectPlace(named("Aleppo")));
        ScrollPane scroll = lookup("#detailsScroll").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup(".source-link").queryAll().isEmpty());
        interact(() -> scroll.setVvalue(1));
        moveTo(scroll).scroll(10, VerticalDirection.DOWN);
        interact(() -> map.show(named("Manbij").point(), 10));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(map.mapView().localToScreen(map.screenPositionOf(named("Manbij").point())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.situation().selectionProperty().get() instanceof Selection.Place p
                && p.locality().nameEn().equals("Manbij"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, scroll.getVvalue(), 1e-9);
    }
}
