package org.sitmap.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A dated polygon from another mapper's file (GeoJSON, KML): a zone of an imported layer, kept apart from the zones
 * Sitmap computes so the two can be compared. Immutable.
 *
 * @param id        user id, e.g. {@code u.Z.theirmap.12}
 * @param layer     the layer it belongs to (the file name, or the KML folder)
 * @param faction   the holder the file names, as a faction code, or null when it names none Sitmap knows
 * @param label     the holder or name as the file gives it; may be empty
 * @param validFrom first instant it holds
 * @param validTo   first instant it no longer holds, or null when open-ended
 * @param wkt       polygonal geometry as WKT, lon/lat (x = longitude)
 */
public record ImportedZone(String id, String layer, String faction, String label, Instant validFrom, Instant validTo,
                           String wkt) {
    public ImportedZone {
        Ids.requireId(id, "imported zone id");
        layer = Ids.text(layer);
        if (layer.isEmpty()) throw new IllegalArgumentException("imported zone " + id + " has no layer");
        if (faction != null) Ids.requireCode(faction, "imported zone", id, "faction");
        label = Ids.text(label);
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("imported zone " + id + " ends (" + validTo + ") before it starts (" + validFrom + ")");
        }
        if (wkt == null || !(wkt.startsWith("POLYGON") || wkt.startsWith("MULTIPOLYGON"))) {
            throw new IllegalArgumentException("imported zone " + id + ": geometry must be a WKT polygon or multipolygon");
        }
    }

    /** Whether it holds at {@code at}. */
    public boolean holdsAt(Instant at) {
        return !at.isBefore(validFrom) && (validTo == null || at.isBefore(validTo));
    }
}
