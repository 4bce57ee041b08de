package org.sitmap.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints the median time to render a z10 tile and to serve a cached one, for the 64 z10 tiles around Aleppo
 * (after a warm-up round). Run: {@code java -cp target/classes:target/test-classes:<deps> org.sitmap.basemap.TileBenchmark}.
 */
public final class TileBenchmark {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        BaseMapData data = BaseMapData.loadBundled();
        System.out.printf("data load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<TileKey> tiles = new ArrayList<>();
        TileKey centre = WebMercator.tileAt(37.16, 36.2, 10);
        for (int dx = -4; dx < 4; dx++) for (int dy = -4; dy < 4; dy++)
            tiles.add(new TileKey(10, centre.x() + dx, centre.y() + dy));

        TileRenderer warm = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH);
        for (TileKey k : tiles) warm.renderPng(k); // JIT and label layout warm-up

        TileRenderer renderer = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH);
        renderer.render(centre); // the label layout of z10, computed once per zoom
        List<Double> render = new ArrayList<>(), png = new ArrayList<>(), cached = new ArrayList<>();
        for (TileKey k : tiles) {
            long s = System.nanoTime();
            renderer.render(k);
            render.add((System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            renderer.renderPng(k);
            png.add((System.nanoTime() - s) / 1e6);
        }
        Path dir = Files.createTempDirectory("sitmap-bench");
        try (OfflineTileSource source = new OfflineTileSource(renderer, MbtilesTileCache.open(dir, renderer.cacheId()))) {
            for (TileKey k : tiles) source.tile(k);
            for (int round = 0; round < 3; round++) {
                for (TileKey k : tiles) {
                    long s = System.nanoTime();
                    source.tile(k);
                    if (round == 2) cached.add((System.nanoTime() - s) / 1e6);
                }
            }
        }
        System.out.printf("z10 render (image) median: %.1f ms%n", median(render));
        System.out.printf("z10 render + PNG encode median: %.1f ms%n", median(png));
        System.out.printf("z10 cached tile median: %.2f ms%n", median(cached));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
