package org.sitmap.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;

/**
 * Decides whether a quoted excerpt names a place: in English (any of the name's transliterations given in
 * parentheses or after a slash), in Arabic, or by one of the aliases the dataset lists for it. Comparison ignores
 * case, diacritics, apostrophes and hyphens, and the usual variants of Arabic letters (alif with hamza, tā'
 * marbūṭa, alif maqṣūra). Stateless.
 */
final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’'`ʿʾ‘ʻ]");
    private static final Pattern IGNORED = Pattern.compile("[\\-‐–_\"“”«»()\\[\\],.;:]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^ال(?=\\p{InArabic}{3})");
    private static final Pattern LATIN_ARTICLE = Pattern.compile("^(al|el|as|ash|ad|ar|at|az|an)\\s+");

    private PlaceNames() {
    }

    /** Whether any of the excerpts names the locality. */
    static boolean named(Dataset d, Locality l, List<String> excerpts) {
        List<String> names = variants(d, l);
        for (String excerpt : excerpts) {
            String e = normalise(excerpt);
            String squeezed = e.replace(" ", "");
            for (String n : names) {
                if (n.length() < 3) continue;
                if (e.contains(n) || squeezed.contains(n.replace(" ", ""))) return true;
            }
        }
        return false;
    }

    /** The normalised forms a report may use for the locality. */
    static List<String> variants(Dataset d, Locality l) {
        Set<String> raw = new LinkedHashSet<>();
        addSplit(raw, l.nameEn());
        addSplit(raw, l.nameAr());
        d.aliases(l.id()).forEach(raw::add);
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String n = normalise(r);
            if (n.isEmpty()) continue;
            out.add(n);
            out.add(ARABIC_ARTICLE.matcher(n).replaceFirst(""));
            out.add(LATIN_ARTICLE.matcher(n).replaceFirst(""));
        }
        return new ArrayList<>(out);
    }

    /** "Tell Mardikh (Mardikh / Ebla)" gives the whole name and each part. */
    private static void addSplit(Set<String> out, String name) {
        if (name.isBlank()) return;
        out.add(name.replaceAll("\\(.*?\\)", "").strip());
        for (String part : name.split("[()/]")) {
            if (!part.isBlank()) out.add(part.strip());
        }
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[أإآٱ]", "ا").replace('ة', 'ه').replace('ى', 'ي').replace("ـ", "")
                .replace('ı', 'i');
        n = APOSTROPHES.matcher(n).replaceAll("");
        n = IGNORED.matcher(n).replaceAll(" ");
        return SPACES.matcher(n).replaceAll(" ").strip();
    }
}
