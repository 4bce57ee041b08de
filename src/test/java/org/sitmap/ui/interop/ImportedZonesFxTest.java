package org.sitmap.ui.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.ui.MainWindow;
import org.sitmap.ui.SitmapApp;
import org.sitmap.ui.UiFixtures;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another mapper's zones imported from GeoJSON, shown over Sitmap's zones and instead of them, with the km² on which
 * the two disagree: here a square over Aleppo that the file gives to the SNA on 26 November, when Sitmap's sources
 * have the government holding the city.
 */
class ImportedZonesFxTest extends FxRobot {
    private static final Instant NOV26 = ReportedTime.endOfDay(LocalDate.of(2024, 11, 26));
    private static final GeoPoint CENTRE = new GeoPoint(36.20, 37.16);
    /** The square's west edge, halfway up: where the dashed outline is drawn. */
    private static final GeoPoint WEST_EDGE = new GeoPoint(36.20, 37.12);
    @TempDir
    Path home;
    private SitmapApp app;
    private MainWindow window;

    @BeforeEach
    void launch() throws Exception {
        app = UiFixtures.launchApp(home);
        window = app.window();
    }

    @AfterEach
    void close() throws Exception {
        UiFixtures.closeApp(app);
    }

    private Color importedPixel(GeoPoint p) {
        Point2D xy = window.map().screenPositionOf(p);
        Canvas canvas = lookup("#importedZonesCanvas").queryAs(Canvas.class);
        WritableImage[] shot = new WritableImage[1];
        interact(() -> {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(Color.TRANSPARENT); // the default white would hide what is not drawn
            shot[0] = canvas.snapshot(params, null);
        });
        return shot[0].getPixelReader().getColor((int) Math.round(xy.getX()), (int) Math.round(xy.getY()));
    }

    private void choose(String mode) {
        clickOn("View");
        clickOn("#" + org.sitmap.ui.map.ImportedZonesMenu.ID);
        clickOn(mode);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importedSquareOverAleppo_isDrawnOverAndInstead_andItsDisagreementMeasured() throws Exception {
        Path file = home.resolve("their-map.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"date\":\"2024-11-20\",\"faction\":\"SNA\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[37.12,36.16],[37.20,36.16],[37.20,36.24],[37.12,36.24],[37.12,36.16]]]}}]}");
        interact(() -> app.importExport().importFiles(List.of(file)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#importReport").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String report = lookup("#importReport").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(report.contains("their-map.geojson: 1 added"), report);
        clickOn(lookup(".dialog-pane .button").match((javafx.scene.control.Button b) -> "Close".equals(b.getText())).queryButton());

        Slider slider = lookup("#timelineSlider").queryAs(Slider.class);
        interact(() -> {
            slider.setValue(window.timeline().positionOf(NOV26));
            window.map().show(CENTRE, 11);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NOV26.equals(window.zones().shownAtProperty().get()));
        assertFalse(window.situation().datasetProperty().get() == null);
        // Nothing imported shows until the user asks for it.
        assertTrue(lookup("#importedAgreement").queryAs(Label.class).getText().isEmpty());

        choose("Over Sitmap's zones");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#importedAgreement").queryAs(Label.class).getText().contains("differs"));
        String summary = lookup("#importedAgreement").queryAs(Label.class).getText();
        String sna = window.situation().paletteProperty().get().name("SNA");
        String gov = window.situation().paletteProperty().get().name("GOV");
        assertTrue(summary.startsWith("their-map: agrees with Sitmap on 0 % of "), summary);
        assertTrue(summary.contains(sna + " there, " + gov + " in Sitmap: "), summary);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(importedPixel(WEST_EDGE).getOpacity() > 0.5, "the dashed outline is drawn on the square's edge");
        assertTrue(importedPixel(CENTRE).getOpacity() < 0.05, "over Sitmap's zones the square is only outlined");
        assertTrue(window.map().zonesLayer().isVisible());

        choose("Instead of Sitmap's zones");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().zonesLayer().isVisible(), "Sitmap's zones make way");
        Color inside = importedPixel(CENTRE);
        Color snaColour = window.situation().paletteProperty().get().color("SNA");
        assertTrue(inside.getOpacity() > 0.3, "filled instead: " + inside);
        assertTrue(Math.abs(inside.getHue() - snaColour.getHue()) < 20 || snaColour.getSaturation() < 0.1,
                "in the SNA's colour: " + inside + " vs " + snaColour);

        choose("Off");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().zonesLayer().isVisible());
        assertTrue(importedPixel(WEST_EDGE).getOpacity() < 0.05, "nothing imported drawn when off");
        assertFalse(lookup("#importedAgreement").queryAs(Label.class).isVisible());
    }
}
