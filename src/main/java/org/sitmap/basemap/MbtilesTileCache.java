package org.sitmap.basemap;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered tiles kept in an MBTiles file in the user's cache directory, one file per cache id (style, label
 * language, data and renderer versions). Opening a cache for an id deletes the files of other ids of the same
 * style and language, so a data or style change never shows stale tiles and old caches do not pile up.
 * Thread-safe. A broken cache degrades to rendering every tile (logged once), never to an error.
 */
public final class MbtilesTileCache implements TileCache {
    private static final Logger LOG = LoggerFactory.getLogger(MbtilesTileCache.class);
    static final String PREFIX = "basemap-";
    private final MbtilesFile file;
    private volatile boolean failed;

    private MbtilesTileCache(MbtilesFile file) {
        this.file = file;
    }

    /** Opens the cache for {@code cacheId} in {@code dir}, removing caches of superseded versions. */
    public static MbtilesTileCache open(Path dir, String cacheId) throws IOException {
        removeStale(dir, cacheId);
        Path path = dir.resolve(PREFIX + cacheId + ".mbtiles");
        MbtilesFile f = MbtilesFile.openWritable(path);
        String stored = f.metadata().get("sitmap_cache_id");
        if (stored == null) {
            f.putMetadata("name", "Sitmap offline base map");
            f.putMetadata("format", "png");
            f.putMetadata("type", "baselayer");
            f.putMetadata("minzoom", Integer.toString(TileRenderer.MIN_ZOOM));
            f.putMetadata("maxzoom", Integer.toString(TileRenderer.MAX_ZOOM));
            f.putMetadata("sitmap_cache_id", cacheId);
        } else if (!stored.equals(cacheId)) {
            f.close();
            throw new IOException("Tile cache " + path + " belongs to " + stored, null);
        }
        return new MbtilesTileCache(f);
    }

    private static void removeStale(Path dir, String cacheId) {
        // style-labels prefix: "light-english_nosyria-d1-r1" -> "light-english_nosyria-"
        String[] parts = cacheId.split("-");
        String family = PREFIX + parts[0] + "-" + parts[1] + "-";
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, family + "*.mbtiles*")) {
            for (Path p : files) {
                if (!p.getFileName().toString().startsWith(PREFIX + cacheId + ".mbtiles")) {
                    Files.deleteIfExists(p);
                    LOG.info("Removed superseded tile cache {}", p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean old tile caches in {}", dir, e);
        }
    }

    @Override
    public Optional<byte[]> get(TileKey key) {
        if (failed) return Optional.empty();
        try {
            return file.tile(key.zoom(), key.x(), key.tmsY());
        } catch (IOException e) {
            fail(e);
            return Optional.empty();
        }
    }

    @Override
    public void put(TileKey key, byte[] png) {
        if (failed) return;
        try {
            file.putTile(key.zoom(), key.x(), key.tmsY(), png);
        } catch (IOException e) {
            fail(e);
        }
    }

    private void fail(IOException e) {
        if (!failed) LOG.warn("Tile cache disabled after a failure; tiles will be rendered each time", e);
        failed = true;
    }

    @Override
    public void close() {
        file.close();
    }
}
