package org.sitmap.io;

import java.util.regex.Pattern;

/**
 * Parses the plain decimal numbers people write ({@code 36.2}, {@code -0.5}, {@code 3e2}), refusing what Java's
 * {@link Double#parseDouble} also accepts but no data file means: {@code 37d}, {@code 0x1p5}, {@code NaN},
 * {@code Infinity}.
 */
public final class DecimalText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private DecimalText() {
    }

    /** The number in {@code text} (surrounding spaces allowed); {@code what} names it in the error. */
    public static double parse(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException(what + " '" + Printable.of(t) + "' is not a decimal number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) throw new IllegalArgumentException(what + " '" + Printable.of(t) + "' is out of range");
        return v;
    }
}
