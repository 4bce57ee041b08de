package org.sitmap.basemap;

import java.nio.file.Path;
import java.util.Optional;
import org.sitmap.store.MbtilesFile;
import org.sitmap.store.StoreException;

/** Tiles from an MBTiles file the user chose (e.g. imagery prepared in QGIS), read-only. Thread-safe. */
public final class MbtilesTileSource implements TileSource {
    private final MbtilesFile file;
    private final String attribution;

    private MbtilesTileSource(MbtilesFile file, String attribution) {
        this.file = file;
        this.attribution = attribution;
    }

    /** Opens the file; its {@code attribution} metadata (or the file name) becomes the credit line. */
    public static MbtilesTileSource open(Path path) throws StoreException {
        MbtilesFile f = MbtilesFile.openReadOnly(path);
        String credit = f.metadata().getOrDefault("attribution", "");
        if (credit.isBlank()) credit = "Tiles: " + path.getFileName();
        return new MbtilesTileSource(f, credit);
    }

    @Override
    public Optional<byte[]> tile(TileKey key) throws StoreException {
        return file.tile(key.zoom(), key.x(), key.tmsY());
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public void close() {
        file.close();
    }
}
