package org.sitmap.domain;

/** Where a locality's coordinates come from. */
public enum CoordinateSource {
    /** A GeoNames record; the reference is its id. */
    GEONAMES,
    /** A page that states the coordinates; the reference is its URL. */
    PAGE,
    /** An estimate; the reference states the basis, the error field its size. */
    APPROXIMATE
}
