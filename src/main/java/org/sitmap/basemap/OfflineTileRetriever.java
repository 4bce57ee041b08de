package org.sitmap.basemap;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * Gluon Maps' tile source, registered through {@code META-INF/services}: every tile Gluon shows comes from the
 * installed {@link BaseMaps} (offline unless the user opted in to another source), never straight from
 * OpenStreetMap. Tiles are fetched or drawn on the application's background runner; Gluon shows its placeholder
 * meanwhile. Before {@link BaseMaps#install} it answers with empty tiles. The only JavaFX class of the package.
 */
public final class OfflineTileRetriever implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        Optional<BaseMaps> maps = BaseMaps.installed();
        if (maps.isEmpty() || zoom < 0 || zoom > 30 || i < 0 || j < 0 || i >= 1L << zoom || j >= 1L << zoom)
            return CompletableFuture.completedFuture(null);
        CompletableFuture<Image> image = new CompletableFuture<>();
        TileKey key = new TileKey(zoom, i, j);
        maps.get().runner().run("Drawing the map", progress -> maps.get().tile(key)
                        .map(bytes -> new Image(new ByteArrayInputStream(bytes))).orElse(null),
                image::complete, image::completeExceptionally);
        return image;
    }
}
