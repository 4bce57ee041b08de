package org.sitmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written id checks accept exactly what the patterns they replaced accepted. */
class IdsTest {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");

    @Provide
    Arbitrary<String> idLike() {
        // Mostly the characters that matter, with a few others (space, accents, Arabic, punctuation), lengths around the limits.
        return Arbitraries.strings().withChars("aZ09_.-A|z ").withChars('é', 'ب', '/', ':', '\u0000')
                .ofMinLength(0).ofMaxLength(90);
    }

    @Property(tries = 3000)
    void isId_equalsPattern(@ForAll("idLike") String s) {
        assertEquals(ID.matcher(s).matches(), Ids.isId(s), s);
    }

    @Property(tries = 3000)
    void isCode_equalsPattern(@ForAll("idLike") String s) {
        assertEquals(CODE.matcher(s).matches(), Ids.isCode(s), s);
        String upper = s.toUpperCase(java.util.Locale.ROOT);
        assertEquals(CODE.matcher(upper).matches(), Ids.isCode(upper), upper);
    }

    @Test
    void limits() {
        assertTrue(Ids.isId("a".repeat(80)));
        assertEquals(false, Ids.isId("a".repeat(81)));
        assertEquals(false, Ids.isId(""));
        assertTrue(Ids.isCode("AB"));
        assertEquals(false, Ids.isCode("A"));
        assertTrue(Ids.isCode("A" + "_".repeat(15)));
        assertEquals(false, Ids.isCode("A" + "_".repeat(16)));
    }

    @Test
    void requireId_namesOwnerAndField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ids.requireId("bad id", "event", "E1", "locality"));
        assertEquals("event E1: locality must be letters, digits, '-', '_' or '.', was 'bad id'", e.getMessage());
    }
}
