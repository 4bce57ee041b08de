package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rings are projected through their kept Mercator coordinates: they must land where MapView itself puts each vertex,
 * at the first view, after the hand drags the map and after a zoom (the kept screen rings are dropped then).
 */
class RingLayerFxTest extends FxRobot {
    /** A ring around Aleppo ({@code lat, lon, ...}), closed, well inside the view. */
    private static final double[] RING = {36.10, 37.05, 36.30, 37.10, 36.25, 37.30, 36.12, 37.28, 36.10, 37.05};
    private MapView map;
    private Probe layer;

    /** A ring layer that draws nothing and lets the test read its projected rings. */
    private static final class Probe extends RingLayer {
        @Override
        protected void redraw() {
        }

        List<double[]> projected() {
            return screenRings(List.of(RING));
        }

        Point2D mapView(double lat, double lon) {
            return getMapPoint(lat, lon);
        }
    }

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            map = new MapView();
            layer = new Probe();
            map.addLayer(layer);
            map.setZoom(10);
            map.setCenter(new MapPoint(36.2, 37.15));
            s.setScene(new Scene(map, 800, 600));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stage.getScene().getRoot(), map);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void ringsLandWhereMapViewProjects_beforeAndAfterADragAndAZoom() {
        List<double[]> first = assertMatchesMapView();
        Point2D middle = map.localToScreen(400, 300);
        drag(middle, MouseButton.PRIMARY).moveBy(-120, 0).moveBy(-60, 80).drop();
        WaitForAsyncUtils.waitForFxEvents();
        List<double[]> panned = assertMatchesMapView();
        assertNotEquals(first.get(0)[0], panned.get(0)[0], 1, "the drag moved the ring on screen");
        // A bare MapView's own wheel zoom animates (the app replaces it, see MapGesturesFxTest): the zoom is set here.
        interact(() -> map.setZoom(11.5));
        List<double[]> zoomed = assertMatchesMapView();
        double widthPanned = Math.abs(panned.get(0)[4] - panned.get(0)[0]), widthZoomed = Math.abs(zoomed.get(0)[4] - zoomed.get(0)[0]);
        assertNotEquals(widthPanned, widthZoomed, 1, "the zoom changed the ring's size on screen");
    }

    /** The projected ring, vertex by vertex, against MapView's own projection of the same degrees. */
    private List<double[]> assertMatchesMapView() {
        AtomicReference<List<double[]>> rings = new AtomicReference<>();
        AtomicReference<double[]> expected = new AtomicReference<>(new double[RING.length]);
        interact(() -> {
            rings.set(layer.projected());
            for (int i = 0; i < RING.length; i += 2) {
                Point2D p = layer.mapView(RING[i], RING[i + 1]);
                expected.get()[i] = p.getX();
                expected.get()[i + 1] = p.getY();
            }
        });
        assertEquals(1, rings.get().size(), "the ring lies in the view");
        double[] got = rings.get().get(0);
        assertEquals(RING.length, got.length, "inside the view, clipping keeps every vertex");
        for (int i = 0; i < got.length; i++) assertEquals(expected.get()[i], got[i], 1e-6, "coordinate " + i);
        return rings.get();
    }
}
