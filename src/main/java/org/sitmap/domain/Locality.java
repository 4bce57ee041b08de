package org.sitmap.domain;

import java.util.Objects;

/**
 * A named place that can be held by a faction: a town, a neighbourhood, a base.
 *
 * @param id           stable id: {@code gn<GeoNames id>} or {@code x-<slug>}
 * @param nameEn       English (transliterated) name
 * @param nameAr       Arabic name in Arabic script, or empty when unknown
 * @param kind         kind of place
 * @param governorate  governorate name in English
 * @param point        position
 * @param coordSource  where the position comes from
 * @param coordRef     GeoNames id, URL, or the basis of an estimate
 * @param coordErrorKm estimated error of the position in km (0 when exact)
 * @param geonamesId   GeoNames id, or null
 * @param population   population where known, else null
 */
public record Locality(String id, String nameEn, String nameAr, LocalityKind kind, String governorate,
                       GeoPoint point, CoordinateSource coordSource, String coordRef, double coordErrorKm,
                       Long geonamesId, Long population) {
    public Locality {
        Ids.requireId(id, "locality id");
        if (nameEn == null || nameEn.isBlank()) throw new IllegalArgumentException("locality " + id + ": empty English name");
        nameAr = Ids.text(nameAr);
        Objects.requireNonNull(kind, "kind");
        governorate = Ids.text(governorate);
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(coordSource, "coordSource");
        coordRef = Ids.text(coordRef);
        if (coordErrorKm < 0) throw new IllegalArgumentException("locality " + id + ": negative coordinate error");
        if (population != null && population < 0) throw new IllegalArgumentException("locality " + id + ": negative population");
    }

    /** The name to show for the given language: Arabic when asked and known, else English. */
    public String displayName(boolean arabic) {
        return arabic && !nameAr.isEmpty() ? nameAr : nameEn;
    }
}
