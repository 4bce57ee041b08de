package org.sitmap.interop.acled;

/**
 * The shapes of ACLED's fields, checked by hand: four {@code Matcher}s a row were a tenth of reading an export
 * ({@code AcledTextTest} holds each equal to the pattern in its Javadoc).
 */
final class AcledText {
    private AcledText() {
    }

    /** {@code [A-Za-z0-9_-]{1,40}}. */
    static boolean isEventId(String s) {
        int n = s.length();
        if (n < 1 || n > 40) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
        }
        return true;
    }

    /** {@code \d{4}-\d{2}-\d{2}}. */
    static boolean isIsoDate(String s) {
        return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10);
    }

    /** {@code [123]}. */
    static boolean isPrecision(String s) {
        return s.length() == 1 && s.charAt(0) >= '1' && s.charAt(0) <= '3';
    }

    /** {@code \d{1,7}}. */
    static boolean isCount(String s) {
        return s.length() >= 1 && s.length() <= 7 && digits(s, 0, s.length());
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
