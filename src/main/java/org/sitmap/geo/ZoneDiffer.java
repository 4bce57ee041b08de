package org.sitmap.geo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sitmap.domain.ControlTimeline;

/**
 * Per-faction gains and losses between two snapshots. Two frames on the same tessellation are compared face by face
 * (exact, and the parts are dissolved from faces); frames on different tessellations (different sets of known
 * localities) by overlaying the factions' zones. Ground that went from a holder at the earlier instant to its successor
 * at the later one (the timeline's faction successions) is reported as passed, neither a loss of the one nor a gain of
 * the other; ground a holder lost to any other faction stays its loss, even when the holder is gone by the later
 * instant. So a faction's area moves by its net change plus what passed to it, minus what it passed on. Thread-safe.
 */
final class ZoneDiffer {
    private final FaceDissolver dissolver;
    private final EqualAreaProjection projection;
    private final ControlTimeline timeline;

    ZoneDiffer(FaceDissolver dissolver, EqualAreaProjection projection, ControlTimeline timeline) {
        this.dissolver = dissolver;
        this.projection = projection;
        this.timeline = timeline;
    }

    /** How control changed from frame {@code a} (at {@code from}) to frame {@code b} (at {@code to}). */
    ZoneDiff diff(Instant from, Instant to, ZoneFrame a, ZoneFrame b) {
        TreeSet<String> factions = new TreeSet<>();
        factions.addAll(a.snapshot().areaByFaction().keySet());
        factions.addAll(b.snapshot().areaByFaction().keySet());
        UnaryOperator<String> successor = h -> h == null ? null : timeline.successorAt(h, from, to);
        boolean sameFaces = a.tessellation() == b.tessellation();
        List<ZoneDiff.FactionChange> out = new ArrayList<>();
        for (String f : factions) {
            ZoneDiff.FactionChange c = sameFaces ? byFaces(f, a, b, successor) : byOverlay(f, a, b, successor);
            // A faction gone by succession, with nothing lost to another faction, has no line of its own.
            if (c.gainedKm2() > 0 || c.lostKm2() > 0 || b.snapshot().areaByFaction().containsKey(f)) out.add(c);
        }
        return new ZoneDiff(from, to, out, passed(from, to, a, b, successor, sameFaces));
    }

    private ZoneDiff.FactionChange byFaces(String faction, ZoneFrame a, ZoneFrame b, UnaryOperator<String> successor) {
        Tessellation t = a.tessellation();
        BitSet gained = new BitSet(), lost = new BitSet();
        for (int i = 0; i < t.faces().size(); i++) {
            String then = a.holder(i), now = b.holder(i);
            boolean before = faction.equals(then), after = faction.equals(now);
            if (after && !before && !faction.equals(successor.apply(then))) gained.set(i);
            if (before && !after && !(now != null && now.equals(successor.apply(faction)))) lost.set(i);
        }
        FaceDissolver.Dissolved g = dissolver.dissolve(t, gained), l = dissolver.dissolve(t, lost);
        return new ZoneDiff.FactionChange(faction, g.areaKm2(), l.areaKm2(), g.geometry(), l.geometry());
    }

    private ZoneDiff.FactionChange byOverlay(String faction, ZoneFrame a, ZoneFrame b, UnaryOperator<String> successor) {
        List<Geometry> parts = new ArrayList<>();  // what the faction held, and what its predecessors passed to it
        for (String g : a.snapshot().areaByFaction().keySet()) {
            if (faction.equals(successor.apply(g))) parts.add(held(a, g));
        }
        Geometry beforeOrPassedIn = parts.isEmpty() ? Geometries.FACTORY.createMultiPolygon()
                : parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts);
        Geometry before = held(a, faction), after = held(b, faction);
        String heir = successor.apply(faction);
        Geometry keptOrPassedOn = heir.equals(faction) ? after : OverlayNGRobust.union(List.of(after, held(b, heir)));
        Geometry gained = Geometries.polygonal(OverlayNGRobust.overlay(after, beforeOrPassedIn, OverlayNG.DIFFERENCE));
        Geometry lost = Geometries.polygonal(OverlayNGRobust.overlay(before, keptOrPassedOn, OverlayNG.DIFFERENCE));
        return new ZoneDiff.FactionChange(faction, projection.areaKm2(gained), projection.areaKm2(lost), gained, lost);
    }

    /** The area each earlier holder passed to its successor, held by the successor at the later instant. */
    private List<ZoneDiff.Passed> passed(Instant from, Instant to, ZoneFrame a, ZoneFrame b, UnaryOperator<String> successor,
                                         boolean sameFaces) {
        Map<String, Double> area = new TreeMap<>();
        for (String g : a.snapshot().areaByFaction().keySet()) {
            String s = successor.apply(g);
            if (Objects.equals(s, g)) continue;
            double km2 = 0;
            if (sameFaces) {
                Tessellation t = a.tessellation();
                for (int i = 0; i < t.faces().size(); i++) {
                    if (g.equals(a.holder(i)) && s.equals(b.holder(i))) km2 += t.faces().get(i).areaKm2();
                }
            } else {
                km2 = projection.areaKm2(Geometries.polygonal(
                        OverlayNGRobust.overlay(held(a, g), held(b, s), OverlayNG.INTERSECTION)));
            }
            if (km2 > 0) area.put(g, km2);
        }
        List<ZoneDiff.Passed> out = new ArrayList<>();
        area.forEach((g, km2) -> out.add(new ZoneDiff.Passed(g, successor.apply(g), km2, timeline.successionsBetween(g, from, to))));
        return out;
    }

    private static Geometry held(ZoneFrame f, String faction) {
        List<Geometry> parts = new ArrayList<>();
        for (Zone z : f.snapshot().zones()) if (faction.equals(z.faction())) parts.add(z.geometry());
        if (parts.isEmpty()) return Geometries.FACTORY.createMultiPolygon();
        return parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts);
    }
}
