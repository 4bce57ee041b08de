package org.sitmap.ui;

/**
 * Mixed-direction text: Arabic titles and excerpts set inside English lines. Pure.
 *
 * <p>In a left-to-right line, numbers and punctuation after Arabic words join the Arabic run, so "Jo24 — عنوان
 * (2024-12-11)" comes out scrambled. {@link #embed} closes Arabic text in a right-to-left embedding followed by a
 * left-to-right mark (Unicode bidi controls RLE…PDF, LRM), which every bidi implementation honours; the UI font has
 * zero-width glyphs for them.
 */
public final class DirectionalText {
    private static final char RLE = '\u202B', PDF = '\u202C', LRM = '\u200E';

    private DirectionalText() {
    }

    /** {@code s} ready to sit inside a left-to-right line: embedded right-to-left if it holds right-to-left letters. */
    public static String embed(String s) {
        return hasRightToLeft(s) ? RLE + s + PDF + LRM : s;
    }

    /** True if the first strong letter of {@code s} is right-to-left (Arabic, Hebrew): the text reads right to left. */
    public static boolean readsRightToLeft(String s) {
        for (int i = 0; i < s.length(); i++) {
            byte d = Character.getDirectionality(s.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return false;
            if (isRightToLeft(d)) return true;
        }
        return false;
    }

    private static boolean hasRightToLeft(String s) {
        return s.chars().anyMatch(c -> isRightToLeft(Character.getDirectionality(c)));
    }

    private static boolean isRightToLeft(byte d) {
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
