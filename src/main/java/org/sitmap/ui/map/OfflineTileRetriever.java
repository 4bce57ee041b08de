package org.sitmap.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import org.sitmap.basemap.BaseMaps;
import org.sitmap.basemap.TileKey;

/**
 * Gluon Maps' tile source, registered through {@code META-INF/services}: every tile Gluon shows comes from the
 * installed {@link BaseMaps} (offline unless the user opted in to another source), never straight from
 * OpenStreetMap. Tiles are fetched or drawn on the base map's runner; Gluon shows its placeholder meanwhile. Until
 * the application calls {@link BaseMaps#install} (tests don't) every tile is empty. It lives in the UI because
 * it hands Gluon JavaFX images; the base map itself has no JavaFX.
 */
public final class OfflineTileRetriever implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        if (zoom < 0 || zoom > 30 || i < 0 || j < 0 || i >= 1L << zoom || j >= 1L << zoom)
            return CompletableFuture.completedFuture(null);
        BaseMaps maps = BaseMaps.installed().orElse(null);
        if (maps == null) return CompletableFuture.completedFuture(null); // nothing installed (tests): no tiles
        CompletableFuture<Image> image = new CompletableFuture<>();
        TileKey key = new TileKey(zoom, i, j);
        maps.runner().run("Drawing the map", progress -> maps.tile(key)
                        .map(bytes -> new Image(new ByteArrayInputStream(bytes))).orElse(null),
                image::complete, image::completeExceptionally);
        return image;
    }
}
