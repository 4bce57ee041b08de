package org.sitmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.basemap.LabelLanguage;
import org.sitmap.basemap.MbtilesTileCache;
import org.sitmap.basemap.OfflineTileSource;
import org.sitmap.basemap.TileKey;
import org.sitmap.basemap.TileRenderer;
import org.sitmap.basemap.TileStyle;
import org.sitmap.basemap.WebMercator;
import org.sitmap.store.StoreException;

/**
 * Offline base-map tiles around Aleppo: render with PNG encoding at z8, z10 and z12 (median and p95 over a square of
 * tiles, after a warm-up pass that also lays out each zoom's labels), and a read from the MBTiles cache.
 */
final class TileFigures {
    private TileFigures() {
    }

    static List<Figure> measure(BaseMapData data, int side) throws IOException, StoreException {
        List<Figure> out = new ArrayList<>();
        TileRenderer renderer = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH);
        List<TileKey> all = new ArrayList<>();
        for (int zoom : new int[] {8, 10, 12}) {
            List<TileKey> tiles = square(zoom, side);
            all.addAll(tiles);
            for (TileKey k : tiles) renderer.renderPng(k);
            double[] ms = new double[tiles.size()];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                renderer.renderPng(tiles.get(i));
                ms[i] = Stopwatch.msSince(t);
            }
            out.add(new Figure("tile render z" + zoom + " median", "-", Stopwatch.percentile(ms, 50), "ms", 30));
            out.add(new Figure("tile render z" + zoom + " p95", "-", Stopwatch.percentile(ms, 95), "ms", Double.NaN));
        }
        Path dir = Files.createTempDirectory("sitmap-bench-tiles");
        try (OfflineTileSource source = new OfflineTileSource(renderer, MbtilesTileCache.open(dir, renderer.cacheId()))) {
            for (TileKey k : all) source.tile(k);
            double[] ms = new double[all.size() * 3];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                source.tile(all.get(i % all.size()));
                ms[i] = Stopwatch.msSince(t);
            }
            out.add(new Figure("cached tile read median", "-", Stopwatch.percentile(ms, 50), "ms", 2));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
        return out;
    }

    /** A side × side square of tiles centred on Aleppo. */
    private static List<TileKey> square(int zoom, int side) {
        TileKey centre = WebMercator.tileAt(37.16, 36.2, zoom);
        List<TileKey> tiles = new ArrayList<>();
        for (int dx = -side / 2; dx < side - side / 2; dx++) {
            for (int dy = -side / 2; dy < side - side / 2; dy++) tiles.add(new TileKey(zoom, centre.x() + dx, centre.y() + dy));
        }
        return tiles;
    }
}
