package org.sitmap.domain;

/** What sort of place a locality is; used for map symbols and zone weighting. */
public enum LocalityKind {
    CITY, TOWN, VILLAGE, NEIGHBOURHOOD, BASE, AIRPORT, DAM, CROSSING, LANDMARK, PRISON, INDUSTRIAL;

    /** True for places that are points inside a settlement rather than settlements themselves. */
    public boolean isSite() {
        return this != CITY && this != TOWN && this != VILLAGE;
    }
}
