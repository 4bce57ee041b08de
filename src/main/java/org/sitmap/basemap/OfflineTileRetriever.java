package org.sitmap.basemap;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * Gluon Maps' tile source, registered through {@code META-INF/services}. Placeholder until the offline renderer
 * lands: it answers every tile with nothing, so Gluon never falls back to fetching OpenStreetMap tiles.
 */
public final class OfflineTileRetriever implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return CompletableFuture.completedFuture(null);
    }
}
