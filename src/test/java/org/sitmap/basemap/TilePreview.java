package org.sitmap.basemap;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Writes a mosaic of rendered tiles for eyeballing the style: {@code TilePreview out.png}. Not a test. */
public final class TilePreview {
    public static void main(String[] args) throws Exception {
        BaseMapData data = BaseMapData.loadBundled();
        String[][] panels = {
            {"light", "en", "6", "37.16", "36.2", "3", "2"},
            {"light", "en", "9", "37.16", "36.2", "3", "2"},
            {"light", "ar", "9", "37.16", "36.2", "3", "2"},
            {"dark", "en", "9", "37.16", "36.2", "3", "2"},
            {"light", "en", "12", "37.16", "36.2", "3", "2"},
            {"light", "en", "8", "38.3", "36.0", "3", "2"},
            {"light", "en", "9", "35.8", "33.0", "3", "2"},
            {"dark", "ar", "7", "38.0", "35.5", "3", "2"},
        };
        int pw = 3 * 256, ph = 2 * 256, cols = 2;
        BufferedImage out = new BufferedImage(cols * pw + 10, (panels.length / cols) * (ph + 20), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int n = 0; n < panels.length; n++) {
            String[] p = panels[n];
            TileRenderer r = new TileRenderer(data, p[0].equals("dark") ? TileStyle.DARK : TileStyle.LIGHT,
                    LabelLanguage.parse(p[1]));
            int z = Integer.parseInt(p[2]);
            TileKey c = WebMercator.tileAt(Double.parseDouble(p[3]), Double.parseDouble(p[4]), z);
            int ox = (n % cols) * (pw + 10), oy = (n / cols) * (ph + 20);
            for (int dx = 0; dx < 3; dx++)
                for (int dy = 0; dy < 2; dy++)
                    g.drawImage(r.render(new TileKey(z, c.x() - 1 + dx, c.y() + dy - 1 + (dy == 0 ? 0 : 0))), ox + dx * 256,
                            oy + 20 + dy * 256, null);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(String.join(" ", p[0], p[1], "z" + z, p[3] + "E", p[4] + "N"), ox + 4, oy + 15);
        }
        g.dispose();
        ImageIO.write(out, "png", new File(args[0]));
    }
}
