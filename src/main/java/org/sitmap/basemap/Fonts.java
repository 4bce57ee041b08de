package org.sitmap.basemap;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The label font bundled with the application (a Latin + Arabic subset of Noto Sans, SIL OFL 1.1, see
 * {@code SitmapSans-OFL.txt}), so labels look the same on every machine and Arabic is shaped without relying on
 * system fonts. Falls back to the logical SansSerif font if the resource is missing.
 */
final class Fonts {
    private static final Font BASE = load();

    private Fonts() {
    }

    private static Font load() {
        try (InputStream in = Fonts.class.getResourceAsStream("SitmapSans-Regular.ttf")) {
            if (in != null) return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            org.slf4j.LoggerFactory.getLogger(Fonts.class).warn("Bundled map font unreadable; using SansSerif", e);
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    static Font regular(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    static Font italic(float size) {
        return BASE.deriveFont(Font.ITALIC, size);
    }
}
