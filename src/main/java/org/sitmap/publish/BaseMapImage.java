package org.sitmap.publish;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.basemap.LabelLanguage;
import org.sitmap.basemap.TileKey;
import org.sitmap.basemap.TileRenderer;
import org.sitmap.basemap.TileStyle;
import org.sitmap.basemap.WebMercator;

/**
 * The offline base map under a {@link MapView}: 256-pixel tiles from {@link TileRenderer} at the zoom nearest the
 * view's scale, scaled into place. The last image per (view, style, language) is kept, so the frames of a replay
 * draw the base map once. Thread-safe.
 */
final class BaseMapImage {
    private final BaseMapData data;
    private final Map<String, TileRenderer> renderers = new ConcurrentHashMap<>();
    private volatile Object lastKey;
    private volatile BufferedImage last;

    BaseMapImage(BaseMapData data) {
        this.data = data;
    }

    /** The base map for {@code view}; the caller must not modify it. */
    BufferedImage image(MapView view, TileStyle style, LabelLanguage language) {
        Object key = java.util.List.of(view, style.id(), language);
        BufferedImage cached = last;
        if (cached != null && key.equals(lastKey)) return cached;
        BufferedImage image = draw(view, renderer(style, language));
        last = image;
        lastKey = key;
        return image;
    }

    private TileRenderer renderer(TileStyle style, LabelLanguage language) {
        return renderers.computeIfAbsent(style.id() + "-" + language, k -> new TileRenderer(data, style, language));
    }

    /** The zoom level whose tiles are nearest the view's scale. */
    static int zoom(MapView view) {
        double z = Math.log(WebMercator.resolution(0) / view.resolution()) / Math.log(2);
        return (int) Math.max(0, Math.min(TileRenderer.MAX_ZOOM + 2, Math.round(z)));
    }

    private static BufferedImage draw(MapView view, TileRenderer renderer) {
        BufferedImage image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_RGB);
        int z = zoom(view);
        double tileRes = WebMercator.resolution(z), scale = tileRes / view.resolution();
        double tileMetres = tileRes * WebMercator.TILE_SIZE;
        double left = view.centreX() - view.width() / 2.0 * view.resolution();
        double top = view.centreY() + view.height() / 2.0 * view.resolution();
        long n = 1L << z;
        long tx0 = (long) Math.floor((left + WebMercator.HALF_WORLD) / tileMetres);
        long tx1 = (long) Math.floor((left + view.width() * view.resolution() + WebMercator.HALF_WORLD) / tileMetres);
        long ty0 = (long) Math.floor((WebMercator.HALF_WORLD - top) / tileMetres);
        long ty1 = (long) Math.floor((WebMercator.HALF_WORLD - top + view.height() * view.resolution()) / tileMetres);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            for (long ty = Math.max(0, ty0); ty <= Math.min(n - 1, ty1); ty++) {
                for (long tx = Math.max(0, tx0); tx <= Math.min(n - 1, tx1); tx++) {
                    double x = (-WebMercator.HALF_WORLD + tx * tileMetres - left) / view.resolution();
                    double y = (top - (WebMercator.HALF_WORLD - ty * tileMetres)) / view.resolution();
                    AffineTransform at = new AffineTransform(scale, 0, 0, scale, x, y);
                    g.drawImage(renderer.render(new TileKey(z, tx, ty)), at, null);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
