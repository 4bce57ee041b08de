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

    @Test
    void aPathWithQuestionMarkAndHash_isTheFileName_neverOptions() throws Exception {
        Path odd = dir.resolve("we?mode=ro&cache=shared#x").resolve("tiles?journal_mode=DELETE.mbtiles");
        try (MbtilesFile f = MbtilesFile.openWritable(odd)) {
            f.putTile(3, 4, 5, new byte[] {7});
        }
        assertTrue(Files.isRegularFile(odd), "the file has exactly the name given");
        try (MbtilesFile f = MbtilesFile.openReadOnly(odd)) {
            assertArrayEquals(new byte[] {7}, f.tile(3, 4, 5).orElseThrow());
        }
    }

    @Test
    void aTileOverOneMegabyte_isRefusedNamingIt_notRead() throws Exception {
        Path file = dir.resolve("hostile.mbtiles");
        try (MbtilesFile f = MbtilesFile.openWritable(file)) {
            f.putTile(8, 1, 2, new byte[MbtilesFile.MAX_TILE_BYTES + 1]);
            f.putTile(8, 1, 3, new byte[] {1});
        }
        try (MbtilesFile f = MbtilesFile.openReadOnly(file)) {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> f.tile(8, 1, 2));
            assertEquals("hostile.mbtiles: tile 8/1/2 is larger than 1024 KB: not a map tile", e.getMessage());
            assertArrayEquals(new byte[] {1}, f.tile(8, 1, 3).orElseThrow(), "other tiles still read");
        }
    }
}
