package org.sitmap.interop.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written field checks accept exactly what the patterns they replaced accepted. */
class AcledTextTest {
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}"), ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            PRECISION = Pattern.compile("[123]"), COUNT = Pattern.compile("\\d{1,7}");

    @Provide
    Arbitrary<String> fieldLike() {
        // Digits, dashes and letters mostly, a few others (Arabic-Indic digits, space, dot), short and around the limits.
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123-_aZ").ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789-").ofMinLength(9).ofMaxLength(11),
                Arbitraries.strings().withChars("aZ09_-. ").withChars('٣', 'é').ofMinLength(0).ofMaxLength(45));
    }

    @Property(tries = 3000)
    void checks_equalPatterns(@ForAll("fieldLike") String s) {
        assertEquals(EVENT_ID.matcher(s).matches(), AcledText.isEventId(s), "event id " + s);
        assertEquals(ISO_DATE.matcher(s).matches(), AcledText.isIsoDate(s), "date " + s);
        assertEquals(PRECISION.matcher(s).matches(), AcledText.isPrecision(s), "precision " + s);
        assertEquals(COUNT.matcher(s).matches(), AcledText.isCount(s), "count " + s);
    }
}
