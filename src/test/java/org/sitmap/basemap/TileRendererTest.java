package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

class TileRendererTest {
    private static final double ALEPPO_LON = 37.16117, ALEPPO_LAT = 36.20124;
    private static BaseMapData data;

    @BeforeAll
    static void load() {
        data = BaseMapData.loadBundled();
    }

    @Test
    void aleppoTileAtZoom9_showsSyrianLandAndTheAleppoLabel() {
        TileKey key = WebMercator.tileAt(ALEPPO_LON, ALEPPO_LAT, 9);
        BufferedImage tile = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH).render(key);
        int[] aleppo = pixel(key, ALEPPO_LON, ALEPPO_LAT);

        // 15 km east-south-east of the city: open Syrian land, no label there at z9.
        TileKey landKey = WebMercator.tileAt(ALEPPO_LON + 0.15, ALEPPO_LAT - 0.08, 9);
        int[] land = pixel(landKey, ALEPPO_LON + 0.15, ALEPPO_LAT - 0.08);
        assertColor(TileStyle.LIGHT.syria(), new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH).render(landKey),
                land[0], land[1], 0);
        // The city's dot, and dark label text within 120 px beside it.
        assertColor(TileStyle.LIGHT.dot(), tile, aleppo[0], aleppo[1], 1);
        assertTrue(count(tile, TileStyle.LIGHT.text(), aleppo[0] - 120, aleppo[1] - 20, aleppo[0] + 120, aleppo[1] + 25) > 20,
                "expected label text next to Aleppo");
    }

    @Test
    void withoutSyrianPlaces_aleppoIsLeftToTheLocalitiesLayer() {
        TileKey key = WebMercator.tileAt(ALEPPO_LON, ALEPPO_LAT, 9);
        BufferedImage tile = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH, false).render(key);
        int[] aleppo = pixel(key, ALEPPO_LON, ALEPPO_LAT);
        assertEquals(0, count(tile, TileStyle.LIGHT.text(), aleppo[0] - 120, aleppo[1] - 20, aleppo[0] + 120, aleppo[1] + 25));
        assertTrue(new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH, false).cacheId().contains("_nosyria"));
    }

    @Test
    void borderTileNorthOfAleppo_drawsTheSyriaTurkeyBorderWhereTheDataPutsIt() {
        double lon = 37.08, lat = 36.64; // the Bab al-Salama / Öncüpınar crossing
        TileKey key = WebMercator.tileAt(lon, lat, 9);
        BufferedImage tile = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH).render(key);
        Envelope env = WebMercator.tileEnvelope(key);
        Coordinate onBorder = nearestBorderPoint(WebMercator.project(lon, lat), env);
        double res = WebMercator.resolution(9);
        int px = (int) ((onBorder.x - env.getMinX()) / res), py = (int) ((env.getMaxY() - onBorder.y) / res);
        assertTrue(count(tile, TileStyle.LIGHT.border(), px - 2, py - 2, px + 2, py + 2) > 0,
                "expected border colour at " + px + "," + py);
    }

    @Test
    void latakiaCoastTile_hasSeaWestOfTheCoast() {
        TileKey key = WebMercator.tileAt(35.45, 35.4, 8);
        BufferedImage tile = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH).render(key);
        int[] sea = pixel(key, 35.45, 35.4);
        assertColor(TileStyle.LIGHT.sea(), tile, sea[0], sea[1], 0);
    }

    @Test
    void darkStyle_paintsTheSeaDark() {
        TileKey key = WebMercator.tileAt(35.45, 35.4, 8);
        BufferedImage tile = new TileRenderer(data, TileStyle.DARK, LabelLanguage.ENGLISH).render(key);
        int[] sea = pixel(key, 35.45, 35.4);
        assertColor(TileStyle.DARK.sea(), tile, sea[0], sea[1], 0);
    }

    @Test
    void arabicLabels_differFromEnglishOnes() {
        TileKey key = WebMercator.tileAt(ALEPPO_LON, ALEPPO_LAT, 9);
        BufferedImage en = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH).render(key);
        BufferedImage ar = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ARABIC).render(key);
        int differing = 0;
        for (int y = 0; y < 256; y++) for (int x = 0; x < 256; x++) if (en.getRGB(x, y) != ar.getRGB(x, y)) differing++;
        assertTrue(differing > 200, "Arabic labels should change the tile, " + differing + " pixels differ");
    }

    @Test
    void renderPng_isA256PixelPng() throws Exception {
        TileKey key = WebMercator.tileAt(ALEPPO_LON, ALEPPO_LAT, 10);
        byte[] png = new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ENGLISH).renderPng(key);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(256, image.getWidth());
        assertEquals(256, image.getHeight());
    }

    @Test
    void cacheId_namesStyleLanguageAndVersions() {
        String id = new TileRenderer(data, TileStyle.DARK, LabelLanguage.ARABIC).cacheId();
        assertEquals("dark-arabic-d" + data.version() + "-r" + TileRenderer.RENDERER_VERSION, id);
        assertNotEquals(id, new TileRenderer(data, TileStyle.LIGHT, LabelLanguage.ARABIC).cacheId());
    }

    private static Coordinate nearestBorderPoint(Coordinate near, Envelope tile) {
        GeometryFactory f = new GeometryFactory();
        Coordinate best = null;
        double bestDistance = Double.MAX_VALUE;
        for (BaseMapData.Shape s : data.query(BaseMapData.Layer.BORDERS, tile)) {
            Coordinate[] pts = DistanceOp.nearestPoints(s.geometry(), f.createPoint(near));
            double d = pts[0].distance(near);
            if (d < bestDistance) {
                bestDistance = d;
                best = pts[0];
            }
        }
        assertTrue(bestDistance < 5000, "a border within 5 km of the crossing, found " + bestDistance + " m");
        return best;
    }

    private static int[] pixel(TileKey key, double lon, double lat) {
        Envelope env = WebMercator.tileEnvelope(key);
        double res = WebMercator.resolution(key.zoom());
        return new int[] {(int) ((WebMercator.x(lon) - env.getMinX()) / res), (int) ((env.getMaxY() - WebMercator.y(lat)) / res)};
    }

    private static void assertColor(Color expected, BufferedImage image, int x, int y, int radius) {
        assertTrue(count(image, expected, x - radius, y - radius, x + radius, y + radius) > 0,
                "expected " + expected + " near " + x + "," + y + " but found "
                        + new Color(image.getRGB(Math.min(255, Math.max(0, x)), Math.min(255, Math.max(0, y)))));
    }

    /** Pixels within a small tolerance of {@code color} in the rectangle (clipped to the image). */
    private static int count(BufferedImage image, Color color, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y <= Math.min(255, y1); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(255, x1); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue()) <= 24) n++;
            }
        }
        return n;
    }
}
