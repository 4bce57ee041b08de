package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbtilesTileCacheTest {
    @TempDir
    Path dir;

    @Test
    void putThenGet_returnsTheSameBytes() throws Exception {
        TileKey key = new TileKey(9, 308, 201);
        byte[] png = {1, 2, 3, 4, 5};
        try (MbtilesTileCache cache = MbtilesTileCache.open(dir, "light-english-d1-r1")) {
            assertEquals(Optional.empty(), cache.get(key));
            cache.put(key, png);
            assertArrayEquals(png, cache.get(key).orElseThrow());
        }
        try (MbtilesTileCache reopened = MbtilesTileCache.open(dir, "light-english-d1-r1")) {
            assertArrayEquals(png, reopened.get(key).orElseThrow(), "tiles survive a restart");
        }
    }

    @Test
    void fileIsStandardMbtiles_withTmsRowsAndMetadata() throws Exception {
        TileKey key = new TileKey(9, 308, 201);
        try (MbtilesTileCache cache = MbtilesTileCache.open(dir, "light-english-d1-r1")) {
            cache.put(key, new byte[] {9});
        }
        try (MbtilesFile file = MbtilesFile.openReadOnly(dir.resolve("basemap-light-english-d1-r1.mbtiles"))) {
            assertArrayEquals(new byte[] {9}, file.tile(9, 308, 511 - 201).orElseThrow(), "row stored as TMS");
            assertEquals("png", file.metadata().get("format"));
            assertEquals(1, file.tileCount());
        }
    }

    @Test
    void newDataVersion_startsAnEmptyCacheAndRemovesTheOldOne() throws Exception {
        TileKey key = new TileKey(10, 617, 402);
        try (MbtilesTileCache v1 = MbtilesTileCache.open(dir, "light-english-d1-r1")) {
            v1.put(key, new byte[] {1});
        }
        try (MbtilesTileCache v2 = MbtilesTileCache.open(dir, "light-english-d2-r1")) {
            assertTrue(v2.get(key).isEmpty(), "a data change must not show stale tiles");
        }
        assertFalse(Files.exists(dir.resolve("basemap-light-english-d1-r1.mbtiles")));
    }

    @Test
    void otherStyleCaches_areKept() throws Exception {
        try (MbtilesTileCache light = MbtilesTileCache.open(dir, "light-english-d1-r1")) {
            light.put(new TileKey(5, 19, 12), new byte[] {1});
        }
        try (MbtilesTileCache dark = MbtilesTileCache.open(dir, "dark-english-d1-r1")) {
            dark.put(new TileKey(5, 19, 12), new byte[] {2});
        }
        assertTrue(Files.exists(dir.resolve("basemap-light-english-d1-r1.mbtiles")));
    }

    @Test
    void offlineSource_rendersOnceThenServesFromTheCache() throws Exception {
        BaseMapData data = BaseMapData.loadBundled();
        TileRenderer renderer = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH);
        TileKey key = WebMercator.tileAt(37.16, 36.2, 8);
        try (OfflineTileSource source = new OfflineTileSource(renderer, MbtilesTileCache.open(dir, renderer.cacheId()))) {
            byte[] first = source.tile(key).orElseThrow();
            assertArrayEquals(first, source.tile(key).orElseThrow());
        }
        try (MbtilesFile file = MbtilesFile.openReadOnly(dir.resolve("basemap-" + renderer.cacheId() + ".mbtiles"))) {
            assertEquals(1, file.tileCount());
        }
    }
}
