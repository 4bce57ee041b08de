package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sitmap.domain.ImportedZone;

/**
 * How far another mapper's zones (an imported layer) agree with Sitmap's computed zones at one instant, in km² of
 * the ground both cover. A contested zone agrees with either of its two sides; ground Sitmap has no data for, and
 * imported zones whose holder names no faction Sitmap knows, are counted apart rather than as agreement. Immutable.
 *
 * @param layer         the imported layer
 * @param comparedKm2   imported ground that Sitmap also maps with a holder
 * @param agreeingKm2   of that, ground where both name the same holder
 * @param unnamedKm2    imported ground whose holder is not a faction Sitmap knows (not compared)
 * @param disagreements where the two differ, largest first
 */
public record ZoneAgreement(String layer, double comparedKm2, double agreeingKm2, double unnamedKm2,
                            List<Disagreement> disagreements) {
    public ZoneAgreement {
        disagreements = List.copyOf(disagreements);
    }

    /**
     * Ground one side gives to one faction and the other to another.
     *
     * @param imported the holder in the imported layer
     * @param sitmap   the holder in Sitmap's zones
     */
    public record Disagreement(String imported, String sitmap, double km2) {
    }

    /** Compared ground on which the two name different holders, km². */
    public double disagreeingKm2() {
        return comparedKm2 - agreeingKm2;
    }

    /** Share of the compared ground on which the two agree, 0..1 (1 when nothing is compared). */
    public double agreeingShare() {
        return comparedKm2 > 0 ? agreeingKm2 / comparedKm2 : 1;
    }

    /**
     * The agreement of each imported layer holding zones at the snapshot's instant, by layer name.
     *
     * @throws IllegalArgumentException when a stored zone's WKT does not parse (it was checked on import)
     */
    public static Map<String, ZoneAgreement> byLayer(ZoneSnapshot snapshot, List<ImportedZone> imported) {
        Map<String, List<ImportedZone>> layers = new TreeMap<>();
        for (ImportedZone z : imported) {
            if (z.holdsAt(snapshot.at())) layers.computeIfAbsent(z.layer(), k -> new ArrayList<>()).add(z);
        }
        Map<String, ZoneAgreement> out = new LinkedHashMap<>();
        layers.forEach((layer, zones) -> out.put(layer, of(layer, snapshot, zones)));
        return out;
    }

    private static ZoneAgreement of(String layer, ZoneSnapshot snapshot, List<ImportedZone> zones) {
        EqualAreaProjection area = EqualAreaProjection.NORTHERN_SYRIA;
        double compared = 0, agreeing = 0, unnamed = 0;
        Map<List<String>, Double> differing = new HashMap<>();
        WKTReader wkt = new WKTReader();
        for (ImportedZone z : zones) {
            Geometry theirs = parse(wkt, z);
            if (z.faction() == null) {
                unnamed += area.areaKm2(theirs);
                continue;
            }
            for (Zone ours : snapshot.zones()) {
                if (ours.faction() == null || !ours.geometry().getEnvelopeInternal().intersects(theirs.getEnvelopeInternal())) continue;
                double km2 = area.areaKm2(OverlayNGRobust.overlay(theirs, ours.geometry(), OverlayNG.INTERSECTION));
                if (km2 <= 0) continue;
                compared += km2;
                if (z.faction().equals(ours.faction()) || z.faction().equals(ours.contestedBy())) agreeing += km2;
                else differing.merge(List.of(z.faction(), ours.faction()), km2, Double::sum);
            }
        }
        List<Disagreement> list = new ArrayList<>();
        differing.forEach((pair, km2) -> list.add(new Disagreement(pair.get(0), pair.get(1), km2)));
        list.sort(Comparator.comparingDouble(Disagreement::km2).reversed());
        return new ZoneAgreement(layer, compared, agreeing, unnamed, list);
    }

    private static Geometry parse(WKTReader wkt, ImportedZone z) {
        try {
            return Objects.requireNonNull(wkt.read(z.wkt()));
        } catch (ParseException e) {
            throw new IllegalArgumentException("imported zone " + z.id() + ": " + e.getMessage(), e);
        }
    }
}
