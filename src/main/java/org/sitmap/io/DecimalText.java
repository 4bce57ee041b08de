package org.sitmap.io;

/**
 * Parses the plain decimal numbers people write ({@code 36.2}, {@code -0.5}, {@code 3e2}), refusing what Java's
 * {@link Double#parseDouble} also accepts but no data file means: {@code 37d}, {@code 0x1p5}, {@code NaN},
 * {@code Infinity}.
 */
public final class DecimalText {
    private DecimalText() {
    }

    /** The number in {@code text} (surrounding spaces allowed); {@code what} names it in the error. */
    public static double parse(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (!isDecimal(t)) {
            throw new IllegalArgumentException(what + " '" + Printable.of(t) + "' is not a decimal number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) throw new IllegalArgumentException(what + " '" + Printable.of(t) + "' is out of range");
        return v;
    }

    /**
     * {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?}, checked by hand: the pattern's matcher was a tenth of
     * reading an ACLED row, which has two coordinates ({@code DecimalTextTest} holds the two equal).
     */
    static boolean isDecimal(String t) {
        int n = t.length(), i = 0;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
        int whole = i;
        while (i < n && isDigit(t.charAt(i))) i++;
        boolean digits = i > whole;
        if (i < n && t.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(t.charAt(i))) i++;
            digits |= i > fraction;
        }
        if (!digits) return false;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
            int exponent = i;
            while (i < n && isDigit(t.charAt(i))) i++;
            if (i == exponent || i - exponent > 3) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
