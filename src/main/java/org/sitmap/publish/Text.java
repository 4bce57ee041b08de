package org.sitmap.publish;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sitmap.domain.ReportedTime;

/**
 * Draws and measures text in the shipped fonts. Java2D shapes Arabic and lays it right to left itself (through
 * TextLayout) when the font has the glyphs, so strings are drawn whole, never glyph by glyph. Stateless.
 */
final class Text {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private Text() {
    }

    static Font font(String text, float size, boolean bold) {
        return PublishFonts.forText(text, size, bold);
    }

    static double width(Graphics2D g, String text, float size, boolean bold) {
        return g.getFontMetrics(font(text, size, bold)).getStringBounds(text, g).getWidth();
    }

    /** Draws {@code text} with its baseline at {@code y}, starting at {@code x}. */
    static void draw(Graphics2D g, String text, double x, double y, float size, boolean bold, Color colour) {
        g.setFont(font(text, size, bold));
        g.setColor(colour);
        g.drawString(text, (float) x, (float) y);
    }

    /** Draws {@code text} ending at {@code right}. */
    static void drawRight(Graphics2D g, String text, double right, double y, float size, boolean bold, Color colour) {
        draw(g, text, right - width(g, text, size, bold), y, size, bold, colour);
    }

    /** "30 November 2024" for the end of a day in Syria; "30 November 2024, 09:00 (UTC+3)" otherwise. */
    static String date(Instant at) {
        if (at == null || at.equals(Instant.MIN)) return "before the first sourced change";
        LocalDateTime local = LocalDateTime.ofInstant(at, ReportedTime.SYRIA);
        if (local.toLocalTime().equals(LocalTime.of(23, 59, 59))) return local.format(DAY);
        return local.format(MINUTE) + " (UTC+3)";
    }

    /** Km² with thousands separators, no decimals. */
    static String km2(double km2) {
        return String.format(Locale.ROOT, "%,.0f km²", km2);
    }
}
