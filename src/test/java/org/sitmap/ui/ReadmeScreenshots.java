package org.sitmap.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.app.Main;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.basemap.BaseMaps;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the README's screenshots of the real window at three dates, headless. Skipped unless asked for:
 * {@code mvn -q test -Dtest=ReadmeScreenshots -Dsitmap.screenshots=docs -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReadmeScreenshots extends FxRobot {
    @TempDir
    Path home;

    @Test
    void render() throws Exception {
        String out = System.getProperty("sitmap.screenshots");
        assumeTrue(out != null, "set -Dsitmap.screenshots=<dir> to render the README screenshots");
        Path dir = Path.of(out).toAbsolutePath();
        Files.createDirectories(dir);
        Stage stage = FxToolkit.registerPrimaryStage();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("state"), home.resolve("cache"));
        // The app leaves the base map out under tests; the README's pictures want it (its cache goes to the temp home).
        if (BaseMaps.installed().isEmpty()) BaseMaps.install(paths, Settings.load(paths.config()));
        SitmapApp app = (SitmapApp) FxToolkit.setupApplication(() -> new SitmapApp(paths, Main.situationAt(paths.database())));
        MainWindow w = app.window();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.zones().snapshotProperty().get() != null && w.completeProperty().get());
        interact(() -> {
            stage.setWidth(1280); // within the headless screen (1280×800); larger overflows Monocle's framebuffer
            stage.setHeight(800);
        });

        show(w, LocalDate.of(2024, 11, 26), new GeoPoint(35.85, 37.35), 8.4);
        save(stage, dir.resolve("screenshot-2024-11-26.png"));

        show(w, LocalDate.of(2024, 11, 30), new GeoPoint(36.17, 37.0), 10);
        interact(() -> w.situation().selectPoint(new GeoPoint(36.19939, 37.16280)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.details().detailsProperty().get() != null);
        save(stage, dir.resolve("screenshot-2024-11-30.png"));

        interact(() -> w.situation().clearSelection());
        show(w, LocalDate.of(2024, 12, 5), new GeoPoint(35.75, 37.3), 8.4);
        interact(() -> w.compare().compareWith(ReportedTime.endOfDay(LocalDate.of(2024, 11, 26))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.compare().comparisonProperty().get() != null);
        save(stage, dir.resolve("screenshot-2024-12-05.png"));

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void show(MainWindow w, LocalDate day, GeoPoint centre, double zoom) throws Exception {
        Instant t = ReportedTime.endOfDay(day);
        interact(() -> {
            w.situation().instantProperty().set(t);
            w.map().show(centre, zoom);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.equals(w.zones().shownAtProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(4000); // let the map's tiles and the fly-to settle before the picture
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Stage stage, Path file) throws Exception {
        var image = new javafx.scene.image.WritableImage[1];
        interact(() -> image[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
