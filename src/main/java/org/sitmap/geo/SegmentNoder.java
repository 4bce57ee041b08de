package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.noding.FastNodingValidator;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.IteratedNoder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nodes lines into distinct segments that meet only at their ends: one floating-point pass, iterated when rounding
 * leaves crossings, snap-rounded to a 1e-5° grid (about 1 m) when that fails too. Works in lon/lat degrees. Stateless; thread-safe.
 */
final class SegmentNoder {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentNoder.class);
    /** Fallback grid when floating-point noding fails: 1e-5 degrees (about 1 m). */
    static final PrecisionModel GRID = new PrecisionModel(1e5);
    /** Noded ends are rounded to this many units per degree (1e-9°, about 0.1 mm). */
    private static final double ROUND = 1e9;

    private SegmentNoder() {
    }

    /** The distinct noded segments of the lines, each normalized (lower end first). */
    static Set<LineSegment> node(List<Coordinate[]> lines) {
        Set<LineSegment> segments = uniqueSegments(node(lines,
                new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()))));
        if (isNoded(segments)) return segments;
        try {
            segments = uniqueSegments(node(lines, new IteratedNoder(new PrecisionModel())));
            if (isNoded(segments)) return segments;
        } catch (TopologyException e) {
            LOG.debug("iterated noding did not converge: {}", e.getMessage());
        }
        LOG.debug("floating-point noding left crossings; snap-rounding to the 1e-5° grid");
        return uniqueSegments(node(lines, new SnapRoundingNoder(GRID)));
    }

    private static boolean isNoded(Set<LineSegment> segments) {
        List<SegmentString> strings = new ArrayList<>(segments.size());
        for (LineSegment s : segments) strings.add(new NodedSegmentString(new Coordinate[] {s.p0, s.p1}, null));
        return new FastNodingValidator(strings).isValid();
    }

    /**
     * The distinct segments of noded lines, ends rounded to 1e-9° (0.1 mm): floating-point noding can leave two
     * nodes a rounding error apart, which should be one. Lines that
     * overlap (two equal circles) are noded into identical segments, which the face builder must see once.
     */
    private static Set<LineSegment> uniqueSegments(Collection<SegmentString> noded) {
        Set<LineSegment> out = new LinkedHashSet<>();
        for (SegmentString line : noded) {
            Coordinate[] cs = line.getCoordinates();
            for (int i = 0; i + 1 < cs.length; i++) {
                Coordinate a = round(cs[i]), b = round(cs[i + 1]);
                if (a.equals2D(b)) continue;
                LineSegment seg = new LineSegment(a, b);
                seg.normalize();
                out.add(seg);
            }
        }
        return out;
    }

    private static Coordinate round(Coordinate c) {
        return new Coordinate(Math.rint(c.x * ROUND) / ROUND, Math.rint(c.y * ROUND) / ROUND);
    }

    @SuppressWarnings("unchecked")
    private static Collection<SegmentString> node(List<Coordinate[]> lines, Noder noder) {
        List<SegmentString> in = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
        noder.computeNodes(in);
        return noder.getNodedSubstrings();
    }
}
