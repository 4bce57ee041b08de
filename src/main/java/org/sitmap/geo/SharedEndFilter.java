package org.sitmap.geo;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;

/**
 * Passes a pair of segments on to another intersector unless the two share an end and do not lie on one line: such
 * segments meet only at that end, which is already a vertex of both, so noding them adds nothing and a noding check
 * finds no crossing there. Most pairs the zone lines' noding sees are of this kind (Voronoi edges meeting at their
 * vertices), and the robust intersector computed each of them in full, copying the point into a node that changed
 * nothing. Stateless apart from the intersector it wraps.
 */
final class SharedEndFilter implements SegmentIntersector {
    private final SegmentIntersector next;

    SharedEndFilter(SegmentIntersector next) {
        this.next = next;
    }

    @Override
    public void processIntersections(SegmentString e0, int i0, SegmentString e1, int i1) {
        if (!meetOnlyAtASharedEnd(e0.getCoordinate(i0), e0.getCoordinate(i0 + 1), e1.getCoordinate(i1),
                e1.getCoordinate(i1 + 1))) {
            next.processIntersections(e0, i0, e1, i1);
        }
    }

    @Override
    public boolean isDone() {
        return next.isDone();
    }

    /**
     * Whether segments p0p1 and q0q1 share an end and the other end of q lies off p's line: then they have no other
     * point in common. Equal segments, reversed ones and degenerate ones (both ends equal) are never skipped.
     */
    static boolean meetOnlyAtASharedEnd(Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1) {
        Coordinate qOther;
        if (p0.equals2D(q0) || p1.equals2D(q0)) qOther = q1;
        else if (p0.equals2D(q1) || p1.equals2D(q1)) qOther = q0;
        else return false;
        return Orientation.index(p0, p1, qOther) != Orientation.COLLINEAR;
    }
}
