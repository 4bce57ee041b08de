package org.sitmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written check accepts exactly what the pattern it replaced accepted. */
class DecimalTextTest {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    @Provide
    Arbitrary<String> numberLike() {
        // The characters of decimals, short, and a few others (Arabic-Indic digits, letters Java would accept, space).
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.+-eE").ofMinLength(0).ofMaxLength(10),
                Arbitraries.strings().withChars("01.e-").ofMinLength(0).ofMaxLength(8),
                Arbitraries.strings().withChars("09.eEdDfFxXpP+- ").withChars('٣', 'N', 'a').ofMinLength(0).ofMaxLength(12));
    }

    @Property(tries = 5000)
    void check_equalsPattern(@ForAll("numberLike") String s) {
        assertEquals(DECIMAL.matcher(s).matches(), DecimalText.isDecimal(s), "'" + s + "'");
    }

    @Test
    void parsesDecimalsAndRefusesWhatNoDataFileMeans() {
        assertEquals(36.2, DecimalText.parse(" 36.2 ", "latitude"));
        assertEquals(-0.5, DecimalText.parse("-.5", "x"));
        assertEquals(300.0, DecimalText.parse("3e2", "x"));
        for (String bad : new String[]{"37d", "0x1p5", "NaN", "Infinity", "1e", ".", "1e1234", ""}) {
            assertEquals("latitude '" + bad + "' is not a decimal number",
                    assertThrows(IllegalArgumentException.class, () -> DecimalText.parse(bad, "latitude")).getMessage());
        }
    }
}
