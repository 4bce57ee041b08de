package org.sitmap.basemap;

import java.util.Optional;

/** Stored rendered tiles. Implementations are thread-safe; failures are reported as empty results or ignored writes. */
public interface TileCache extends AutoCloseable {
    Optional<byte[]> get(TileKey key);

    void put(TileKey key, byte[] png);

    @Override
    void close();
}
