package org.sitmap.ui.place;

import java.util.Comparator;
import java.util.List;
import org.sitmap.domain.Locality;
import org.sitmap.ui.common.SearchText;

/**
 * Finds localities by a typed name in English or Arabic: case, accents, diacritics, apostrophes, doubled letters and
 * a leading "al-"/"ال" do not matter (see {@link SearchText}). Prefix matches rank before substring matches, then bigger places first. Pure.
 */
public final class PlaceSearch {
    private final List<Locality> places;

    public PlaceSearch(List<Locality> places) {
        this.places = List.copyOf(places);
    }

    /** Up to {@code limit} places matching {@code query}, best first; empty for a blank query. */
    public List<Locality> find(String query, int limit) {
        String q = fold(query);
        if (q.isEmpty()) return List.of();
        return places.stream().filter(l -> score(l, q) > 0)
                .sorted(Comparator.comparingInt((Locality l) -> -score(l, q))
                        .thenComparing(l -> -(l.population() == null ? 0 : l.population()))
                        .thenComparing(Locality::nameEn))
                .limit(limit).toList();
    }

    private static int score(Locality l, String q) {
        int best = 0;
        for (String name : List.of(l.nameEn(), l.nameAr())) {
            String n = fold(name);
            if (n.isEmpty()) continue;
            if (n.equals(q)) best = Math.max(best, 3);
            else if (n.startsWith(q)) best = Math.max(best, 2);
            else if (n.contains(q)) best = Math.max(best, 1);
        }
        return best;
    }

    /** {@link SearchText#fold} without a leading article ("al-", "el-", "ال"). */
    static String fold(String s) {
        return SearchText.fold(s).replaceAll("^(al|el|ar|as|ad|ash|at|az) ", "").replaceAll("^ال", "");
    }
}
