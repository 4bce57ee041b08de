package org.sitmap.basemap;

import java.nio.file.Path;
import java.util.Optional;
import java.io.IOException;

/** Tiles from an MBTiles file the user chose (e.g. imagery prepared in QGIS), read-only. Thread-safe. */
public final class MbtilesTileSource implements TileSource {
    private final MbtilesFile file;
    private final String attribution;

    private MbtilesTileSource(MbtilesFile file, String attribution) {
        this.file = file;
        this.attribution = attribution;
    }

    /** Opens the file; its {@code attribution} metadata (or the file name) becomes the credit line. */
    public static MbtilesTileSource open(Path path) throws IOException {
        MbtilesFile f = MbtilesFile.openReadOnly(path);
        String credit = f.metadata().getOrDefault("attribution", "");
        if (credit.isBlank()) credit = "Tiles: " + path.getFileName();
        return new MbtilesTileSource(f, credit);
    }

    @Override
    public Optional<byte[]> tile(TileKey key) throws IOException {
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
