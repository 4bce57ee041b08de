package org.sitmap.publish;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The fonts every published output uses: the Noto fonts shipped in the jar, never a system font, so a PNG, an SVG
 * and a PDF look the same on every machine and Arabic is shaped from the same glyphs. Thread-safe.
 */
public final class PublishFonts {
    /** Candidate TrueType resources, best first: full Noto Sans with Arabic when shipped, else the map's subset. */
    static final List<String> REGULAR = List.of("/org/sitmap/ui/fonts/NotoSans-Regular.ttf",
            "/org/sitmap/basemap/SitmapSans-Regular.ttf");
    /** Full Noto Sans Arabic: its presentation forms let PDF text be shaped (see {@code PdfText}). */
    static final List<String> ARABIC = List.of("/org/sitmap/publish/fonts/NotoSansArabic-Regular.ttf",
            "/org/sitmap/basemap/SitmapSans-Regular.ttf");
    private static final Font LATIN = load(REGULAR), ARABIC_FONT = load(ARABIC);

    private PublishFonts() {
    }

    /** The Latin (and, for the map subset, Arabic) font at {@code size} points. */
    public static Font regular(float size) {
        return LATIN.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return LATIN.deriveFont(Font.BOLD, size);
    }

    /** A font that can show {@code text}: the Latin one when it can, else the Arabic one. */
    public static Font forText(String text, float size, boolean bold) {
        Font latin = bold ? bold(size) : regular(size);
        if (latin.canDisplayUpTo(text) < 0) return latin;
        return ARABIC_FONT.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }

    /** The bytes of the first shipped TrueType file among {@code candidates}, for embedding in a PDF. */
    static Optional<byte[]> bytes(List<String> candidates) {
        for (String r : candidates) {
            try (InputStream in = PublishFonts.class.getResourceAsStream(r)) {
                if (in != null) return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(PublishFonts.class).warn("Font {} unreadable", r, e);
            }
        }
        return Optional.empty();
    }

    private static Font load(List<String> candidates) {
        for (String r : candidates) {
            try (InputStream in = PublishFonts.class.getResourceAsStream(r)) {
                if (in != null) return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                org.slf4j.LoggerFactory.getLogger(PublishFonts.class).warn("Font {} unreadable", r, e);
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
