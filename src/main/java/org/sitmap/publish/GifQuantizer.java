package org.sitmap.publish;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;

/**
 * Turns an RGB frame into a 256-colour indexed image with its own palette: the 256 most frequent colours at 5 bits per
 * channel, every other colour mapped to the nearest of them. Maps are mostly flat fills, so this keeps them exact
 * where it matters and costs a few tens of milliseconds per HD frame. Stateless.
 */
final class GifQuantizer {
    private GifQuantizer() {
    }

    static BufferedImage indexed(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        int[] counts = new int[1 << 15];
        for (int p : pixels) counts[bin(p)]++;
        int[] palette = topBins(counts, 256);
        byte[] r = new byte[palette.length], g = new byte[palette.length], b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) centre(palette[i] >> 10);
            g[i] = (byte) centre(palette[i] >> 5);
            b[i] = (byte) centre(palette[i]);
        }
        byte[] lookup = new byte[1 << 15];
        for (int bin = 0; bin < lookup.length; bin++) {
            if (counts[bin] > 0) lookup[bin] = (byte) nearest(bin, palette);
        }
        IndexColorModel model = new IndexColorModel(8, palette.length, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) data[i] = lookup[bin(pixels[i])];
        return out;
    }

    private static int bin(int argb) {
        return ((argb >> 9) & 0x7C00) | ((argb >> 6) & 0x03E0) | ((argb >> 3) & 0x001F);
    }

    private static int centre(int fiveBits) {
        return ((fiveBits & 0x1F) << 3) | 4;
    }

    private static int[] topBins(int[] counts, int n) {
        long[] keyed = new long[counts.length];
        int used = 0;
        for (int bin = 0; bin < counts.length; bin++) {
            if (counts[bin] > 0) keyed[used++] = ((long) counts[bin] << 16) | bin;
        }
        java.util.Arrays.sort(keyed, 0, used);
        int k = Math.max(2, Math.min(n, used));
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = i < used ? (int) (keyed[used - 1 - i] & 0xFFFF) : 0;
        return out;
    }

    private static int nearest(int bin, int[] palette) {
        int r = (bin >> 10) & 0x1F, g = (bin >> 5) & 0x1F, b = bin & 0x1F;
        int best = 0, bestD = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int p = palette[i];
            int dr = r - ((p >> 10) & 0x1F), dg = g - ((p >> 5) & 0x1F), db = b - (p & 0x1F);
            int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
                if (d == 0) break;
            }
        }
        return best;
    }
}
