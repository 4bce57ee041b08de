package org.sitmap.basemap;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Settings;

/**
 * Gluon Maps' tile source, registered through {@code META-INF/services}: every tile Gluon shows comes from the
 * installed {@link BaseMaps} (offline unless the user opted in to another source), never straight from
 * OpenStreetMap. Tiles are fetched or drawn on the application's background runner; Gluon shows its placeholder
 * meanwhile. If the application has not called {@link BaseMaps#install}, the first tile installs a default from the
 * user's saved settings with a private worker pool (not under tests, where it answers with empty tiles). The
 * only JavaFX class of the package.
 */
public final class OfflineTileRetriever implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        if (zoom < 0 || zoom > 30 || i < 0 || j < 0 || i >= 1L << zoom || j >= 1L << zoom)
            return CompletableFuture.completedFuture(null);
        BaseMaps maps = BaseMaps.installed().orElseGet(OfflineTileRetriever::installDefault);
        if (maps == null) return CompletableFuture.completedFuture(null);
        CompletableFuture<Image> image = new CompletableFuture<>();
        TileKey key = new TileKey(zoom, i, j);
        maps.runner().run("Drawing the map", progress -> maps.tile(key)
                        .map(bytes -> new Image(new ByteArrayInputStream(bytes))).orElse(null),
                image::complete, image::completeExceptionally);
        return image;
    }

    private static synchronized BaseMaps installDefault() {
        if (BaseMaps.installed().isPresent()) return BaseMaps.installed().get();
        if (Boolean.getBoolean("sitmap.test")) return null; // never write into a real cache from tests
        AppPaths paths = AppPaths.forCurrentUser();
        return BaseMaps.install(paths, Settings.load(paths.config()), new PoolTaskRunner());
    }
}
