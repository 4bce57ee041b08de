package org.sitmap.edit;

import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.LocalityKind;

/**
 * A place as the user fills it in, typically after clicking the map.
 *
 * @param coordSource  GeoNames record, a page stating the coordinates, or estimated from the map
 * @param coordRef     the GeoNames id, the page's URL, or the basis of the estimate
 * @param coordErrorKm the estimate's error in km (0 for GeoNames)
 * @param geonamesId   the GeoNames id, or null
 * @param population   population if known, else null
 */
public record LocalityDraft(String nameEn, String nameAr, LocalityKind kind, String governorate, GeoPoint point,
                            CoordinateSource coordSource, String coordRef, double coordErrorKm, Long geonamesId,
                            Long population) {
    public LocalityDraft {
        nameEn = nameEn == null ? "" : nameEn.strip();
        nameAr = nameAr == null ? "" : nameAr.strip();
        governorate = governorate == null ? "" : governorate.strip();
        coordRef = coordRef == null ? "" : coordRef.strip();
        if (kind == null) kind = LocalityKind.VILLAGE;
        if (coordSource == null) coordSource = CoordinateSource.APPROXIMATE;
    }
}
