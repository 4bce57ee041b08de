package org.sitmap.geo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Per-faction gains and losses between two snapshots. Two frames on the same tessellation are compared face by face
 * (exact, and the parts are dissolved from faces); frames on different tessellations (different sets of known
 * localities) by overlaying the factions' zones. Thread-safe.
 */
final class ZoneDiffer {
    private final FaceDissolver dissolver;
    private final EqualAreaProjection projection;

    ZoneDiffer(FaceDissolver dissolver, EqualAreaProjection projection) {
        this.dissolver = dissolver;
        this.projection = projection;
    }

    /** How control changed from frame {@code a} (at {@code from}) to frame {@code b} (at {@code to}). */
    ZoneDiff diff(Instant from, Instant to, ZoneFrame a, ZoneFrame b) {
        TreeSet<String> factions = new TreeSet<>();
        factions.addAll(a.snapshot().areaByFaction().keySet());
        factions.addAll(b.snapshot().areaByFaction().keySet());
        List<ZoneDiff.FactionChange> out = new ArrayList<>();
        for (String f : factions) out.add(a.tessellation() == b.tessellation() ? byFaces(f, a, b) : byOverlay(f, a, b));
        return new ZoneDiff(from, to, out);
    }

    private ZoneDiff.FactionChange byFaces(String faction, ZoneFrame a, ZoneFrame b) {
        Tessellation t = a.tessellation();
        BitSet gained = new BitSet(), lost = new BitSet();
        for (int i = 0; i < t.faces().size(); i++) {
            boolean before = faction.equals(a.holder(i)), after = faction.equals(b.holder(i));
            if (after && !before) gained.set(i);
            if (before && !after) lost.set(i);
        }
        FaceDissolver.Dissolved g = dissolver.dissolve(t, gained), l = dissolver.dissolve(t, lost);
        return new ZoneDiff.FactionChange(faction, g.areaKm2(), l.areaKm2(), g.geometry(), l.geometry());
    }

    private ZoneDiff.FactionChange byOverlay(String faction, ZoneFrame a, ZoneFrame b) {
        Geometry before = held(a, faction), after = held(b, faction);
        Geometry gained = Geometries.polygonal(OverlayNGRobust.overlay(after, before, OverlayNG.DIFFERENCE));
        Geometry lost = Geometries.polygonal(OverlayNGRobust.overlay(before, after, OverlayNG.DIFFERENCE));
        return new ZoneDiff.FactionChange(faction, projection.areaKm2(gained), projection.areaKm2(lost), gained, lost);
    }

    private static Geometry held(ZoneFrame f, String faction) {
        List<Geometry> parts = new ArrayList<>();
        for (Zone z : f.snapshot().zones()) if (faction.equals(z.faction())) parts.add(z.geometry());
        if (parts.isEmpty()) return Geometries.FACTORY.createMultiPolygon();
        return parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts);
    }
}
