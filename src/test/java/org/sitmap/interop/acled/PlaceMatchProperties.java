package org.sitmap.interop.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/** The import's place matching (names normalised once, far places skipped) answers as the plain scan did. */
class PlaceMatchProperties {
    private static final Dataset SHIPPED = new DatasetReader().read(DataFiles.embedded()).dataset();
    private static final List<Locality> PLACES = SHIPPED.localities();

    @Property(tries = 2000)
    void matchLocality_equalsThePlainScan(@ForAll @IntRange(min = 0, max = 10_000) int near,
                                         @ForAll @IntRange(min = -1, max = 10_000) int named,
                                         @ForAll @DoubleRange(min = -0.3, max = 0.3) double dLat,
                                         @ForAll @DoubleRange(min = -0.3, max = 0.3) double dLon) {
        Locality around = PLACES.get(near % PLACES.size());
        GeoPoint at = new GeoPoint(around.point().lat() + dLat, around.point().lon() + dLon);
        String name = named < 0 ? "" : PLACES.get(named % PLACES.size()).nameEn();
        assertEquals(plainScan(SHIPPED, name, at), AcledImporter.matchLocality(SHIPPED, name, at));
    }

    /** The matching as it was written first: every place's distance, every name normalised again. */
    private static Optional<Locality> plainScan(Dataset d, String name, GeoPoint at) {
        String key = normalise(name);
        Locality best = null;
        double bestKm = Double.MAX_VALUE;
        for (Locality l : d.localities()) {
            double km = l.point().distanceKm(at);
            if (km <= AcledImporter.SAME_NAME_KM && !key.isEmpty() && normalise(l.nameEn()).equals(key)) return Optional.of(l);
            if (km < bestKm) {
                bestKm = km;
                best = l;
            }
        }
        return bestKm <= AcledImporter.NEAREST_KM ? Optional.ofNullable(best) : Optional.empty();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}"), ARTICLE = Pattern.compile("^(al|el|ar|as|ad|at|an|az)[- ]"),
            NOT_ALNUM = Pattern.compile("[^a-z0-9]");

    private static String normalise(String name) {
        String s = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(ARTICLE.matcher(s.toLowerCase(Locale.ROOT)).replaceFirst("")).replaceAll("");
    }
}
