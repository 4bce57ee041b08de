package org.sitmap.ui.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as searches compare it, so that the many transliterations of one Arabic name meet: lower case, no Latin
 * accents or Arabic diacritics, no apostrophes of any kind (ʿ ’ ‘ '), hyphens as spaces, doubled Latin letters
 * single ("Tall Rif‘at" and "Tal Rifaat" both become "tal rifat"). Pure.
 */
public final class SearchText {
    private SearchText() {
    }

    public static String fold(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("[\\p{Mn}\\u0640'’‘ʿʾ`´]", "")
                .replaceAll("[-_,.;:()\\[\\]/]", " ")
                .replaceAll("([a-z])\\1+", "$1");
        return n.replaceAll("\\s+", " ").trim();
    }
}
