package org.sitmap.interop.kml;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;

/** The factions' colours as a small PNG legend, drawn with the bundled font (never a system font). Headless. */
final class LegendImage {
    private static final String FONT = "/org/sitmap/basemap/SitmapSans-Regular.ttf";

    private LegendImage() {
    }

    static void write(Dataset d, OutputStream out) throws IOException {
        List<Faction> held = d.factions().stream().filter(Faction::holdsGround).toList();
        int row = 22, width = 360, height = 16 + row * held.size();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(255, 255, 255, 230));
            g.fillRoundRect(0, 0, width, height, 8, 8);
            g.setFont(font(13f));
            for (int i = 0; i < held.size(); i++) {
                Faction f = held.get(i);
                int y = 8 + i * row;
                g.setColor(Color.decode(f.color()));
                g.fillRect(8, y + 2, 16, 14);
                g.setColor(Color.DARK_GRAY);
                g.drawRect(8, y + 2, 16, 14);
                g.drawString(f.id() + "  " + f.name(), 32, y + 14);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", out);
    }

    private static Font font(float size) {
        try (InputStream in = LegendImage.class.getResourceAsStream(FONT)) {
            if (in != null) return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | FontFormatException e) {
            org.slf4j.LoggerFactory.getLogger(LegendImage.class).warn("Bundled font unreadable for the KMZ legend", e);
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, (int) size);
    }
}
