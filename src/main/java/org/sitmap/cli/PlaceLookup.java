package org.sitmap.cli;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;

/**
 * Finds a locality by what a user types: its id, or its English or Arabic name, ignoring case, accents, apostrophes,
 * hyphens, "al-" and doubled letters ("Tal Rifaat" finds "Tall Rif‘at"). Stateless.
 */
final class PlaceLookup {
    private PlaceLookup() {
    }

    /** The best match, or an IllegalArgumentException naming close candidates. */
    static Locality find(Dataset d, String query) {
        String q = key(query);
        if (q.isEmpty()) throw new IllegalArgumentException("--place is empty");
        var byId = d.locality(query.strip());
        if (byId.isPresent()) return byId.get();
        List<Locality> exact = d.localities().stream()
                .filter(l -> key(l.nameEn()).equals(q) || (!l.nameAr().isEmpty() && l.nameAr().strip().equals(query.strip())))
                .sorted(bySize()).toList();
        if (!exact.isEmpty()) return exact.get(0);
        List<Locality> partial = d.localities().stream().filter(l -> key(l.nameEn()).contains(q)).sorted(bySize()).toList();
        if (partial.size() == 1) return partial.get(0);
        if (partial.isEmpty()) throw new IllegalArgumentException("no place named '" + query + "' (try the English name or an id such as gn163476)");
        throw new IllegalArgumentException("'" + query + "' matches several places: " + partial.stream().limit(6)
                .map(l -> l.nameEn() + " (" + l.id() + ")").reduce((a, b) -> a + ", " + b).orElse("")
                + (partial.size() > 6 ? "…" : "") + "; give the id");
    }

    /** Towns and cities before villages and sites, then by name. */
    private static Comparator<Locality> bySize() {
        return Comparator.comparing((Locality l) -> l.kind().ordinal()).thenComparing(Locality::nameEn);
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\b(al|el|ad|ar|as|ash|at|az)[- ]", "");
        s = s.replaceAll("[^a-z0-9]", "");
        return s.replaceAll("(.)\\1+", "$1");
    }
}
