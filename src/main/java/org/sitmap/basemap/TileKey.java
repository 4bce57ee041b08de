package org.sitmap.basemap;

/**
 * One tile of the XYZ grid: {@code x} grows eastwards, {@code y} southwards from the north-west corner.
 *
 * @param zoom 0..30
 * @param x    column, 0 .. 2^zoom - 1
 * @param y    row, 0 .. 2^zoom - 1 (XYZ order; MBTiles stores the flipped TMS row)
 */
public record TileKey(int zoom, long x, long y) {
    public TileKey {
        if (zoom < 0 || zoom > 30) throw new IllegalArgumentException("zoom out of range: " + zoom);
        long n = 1L << zoom;
        if (x < 0 || x >= n || y < 0 || y >= n)
            throw new IllegalArgumentException("tile " + x + "/" + y + " outside zoom " + zoom);
    }

    /** The row as MBTiles (TMS) counts it, from the south. */
    public long tmsY() {
        return (1L << zoom) - 1 - y;
    }

    @Override
    public String toString() {
        return zoom + "/" + x + "/" + y;
    }
}
