package org.sitmap.io;

/**
 * Text from a file made safe to echo in a message or on a terminal: control characters (ESC sequences,
 * bidirectional overrides) are shown as {@code \\uXXXX} escapes, and long values are cut.
 */
public final class Printable {
    private static final int MAX = 120;

    private Printable() {
    }

    public static String of(String s) {
        return of(s, MAX);
    }

    /** As {@link #of(String)}, cut after {@code max} characters; line breaks become spaces (as they do in {@link #of(String)}). */
    public static String of(String s, int max) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 8));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') b.append(' ');
            else if (isUnsafe(c)) b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
        }
        if (b.length() >= max && s.length() > max) b.append('…');
        return b.toString();
    }

    /** Control characters and the invisible bidirectional formatting marks that can disguise text. */
    public static boolean isUnsafe(char c) {
        return (Character.isISOControl(c) && c != '\t') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
