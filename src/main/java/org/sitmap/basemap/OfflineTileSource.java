package org.sitmap.basemap;

import java.util.Optional;

/**
 * Tiles drawn on this machine from the bundled data, through a cache. Makes no network connection. Zooms
 * outside {@link TileRenderer#MIN_ZOOM}..{@link TileRenderer#MAX_ZOOM} are rendered but not cached.
 */
public final class OfflineTileSource implements TileSource {
    /** Credit for the bundled data (see maps/README.md). */
    public static final String ATTRIBUTION = "Offline map: Natural Earth; GSHHG & DCW (GMT); GeoNames (CC BY 4.0)."
            + " Roads schematic.";
    private final TileRenderer renderer;
    private final TileCache cache;

    public OfflineTileSource(TileRenderer renderer, TileCache cache) {
        this.renderer = renderer;
        this.cache = cache;
    }

    @Override
    public Optional<byte[]> tile(TileKey key) {
        boolean cacheable = key.zoom() >= TileRenderer.MIN_ZOOM && key.zoom() <= TileRenderer.MAX_ZOOM;
        if (cacheable) {
            Optional<byte[]> cached = cache.get(key);
            if (cached.isPresent()) return cached;
        }
        byte[] png = renderer.renderPng(key);
        if (cacheable) cache.put(key, png);
        return Optional.of(png);
    }

    @Override
    public String attribution() {
        return ATTRIBUTION;
    }

    @Override
    public void close() {
        cache.close();
    }
}
