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
 * leaves crossings, snap-rounded to a 1 m grid when that fails too. Stateless; thread-safe.
 */
final class SegmentNoder {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentNoder.class);
    /** Fallback grid when floating-point noding fails: 1 m. */
    static final PrecisionModel GRID = new PrecisionModel(1.0);

    private SegmentNoder() {
    }

    /** The distinct noded segments of the lines, each normalized (lower end first). */
    static Set<LineSegment> node(List<Coordinate[]> lines) {
        return uniqueSegments(nodeLines(lines));
    }

    private static Collection<Coordinate[]> nodeLines(List<Coordinate[]> lines) {
        // One floating-point pass usually suffices; when rounding leaves crossings, iterate on its output, and when
        // that does not converge either, snap-round the original lines.
        Collection<SegmentString> noded = node(toSegmentStrings(lines),
                new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())));
        if (!new FastNodingValidator(noded).isValid()) {
            try {
                noded = node(noded, new IteratedNoder(new PrecisionModel()));
            } catch (TopologyException e) {
                noded = null;
            }
            if (noded == null || !new FastNodingValidator(noded).isValid()) {
                LOG.debug("floating-point noding left crossings; snap-rounding to the 1 m grid");
                noded = node(toSegmentStrings(lines), new SnapRoundingNoder(GRID));
            }
        }
        List<Coordinate[]> out = new ArrayList<>(noded.size());
        for (SegmentString s : noded) out.add(s.getCoordinates());
        return out;
    }

    /**
     * The distinct segments of noded lines: lines that overlap (two equal circles, a circle along an edge) are noded
     * into identical segments, which the face builder must see once.
     */
    private static Set<LineSegment> uniqueSegments(Collection<Coordinate[]> noded) {
        Set<LineSegment> out = new LinkedHashSet<>();
        for (Coordinate[] line : noded) {
            for (int i = 0; i + 1 < line.length; i++) {
                if (line[i].equals2D(line[i + 1])) continue;
                LineSegment seg = new LineSegment(line[i], line[i + 1]);
                seg.normalize();
                out.add(seg);
            }
        }
        return out;
    }

    private static List<SegmentString> toSegmentStrings(List<Coordinate[]> lines) {
        List<SegmentString> in = new ArrayList<>(lines.size());
        for (Coordinate[] l : lines) in.add(new NodedSegmentString(l, null));
        return in;
    }

    @SuppressWarnings("unchecked")
    private static Collection<SegmentString> node(Collection<SegmentString> in, Noder noder) {
        List<SegmentString> fresh = new ArrayList<>(in.size());
        for (SegmentString s : in) fresh.add(new NodedSegmentString(s.getCoordinates(), null));
        noder.computeNodes(fresh);
        return noder.getNodedSubstrings();
    }
}
