package org.sitmap.basemap;

import java.util.Optional;

/** Where base-map tiles come from. Implementations are thread-safe and may block (disk, network, rendering). */
public interface TileSource extends AutoCloseable {
    /** The tile's image bytes (PNG or JPEG), or empty if the source has none for it. */
    Optional<byte[]> tile(TileKey key) throws Exception;

    /** The credit line that must be visible on the map while this source is shown. */
    String attribution();

    @Override
    default void close() {
    }
}
